// A small Language Server Protocol client over stdio, to ask yaml-language-server (the server of
// VS Code's YAML extension and of most editors) what it shows a user of a dossier.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export interface Position {
  line: number;
  character: number;
}

export interface Diagnostic {
  message: string;
  range: { start: Position; end: Position };
}

const SERVER = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');

export class YamlLanguageServer {
  private readonly diagnostics = new Map<string, (d: Diagnostic[]) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.get(params.uri)?.(params.diagnostics);
    });
  }

  static async start(): Promise<YamlLanguageServer> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } };
    // The server asks for its settings and registers capabilities: answer as an editor does.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings.yaml));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification(() => undefined);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
        },
        workspace: { configuration: true },
      },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    return new YamlLanguageServer(child, connection);
  }

  /** Opens a document; resolves with the first diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = new Promise<Diagnostic[]>((resolve) => this.diagnostics.set(uri, resolve));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return published;
  }

  completion(uri: string, position: Position): Promise<{ items: Array<{ label: string; documentation?: string | { value: string } }> }> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<{ contents: { value: string } | string } | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

/** The text of a completion item's documentation or of a hover, whatever its form. */
export const textOf = (value: string | { value: string } | undefined | null): string => (typeof value === 'string' ? value : (value?.value ?? ''));

/** Position of the end of the first line of `text` that contains `needle` (0-based, as LSP counts). */
export function endOfLine(text: string, needle: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`not found: ${needle}`);
  return { line, character: lines[line]!.length };
}

/** Position of the first character of `needle` on its first line. */
export function positionOf(text: string, needle: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`not found: ${needle}`);
  return { line, character: lines[line]!.indexOf(needle) };
}

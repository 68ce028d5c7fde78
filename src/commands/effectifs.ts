import { EssError } from '../core/errors.js';

// Placeholder while the command is being built (see the open issues); refuses clearly, exit 2.
export async function effectifs(..._args: unknown[]): Promise<number> {
  throw new EssError('La commande « effectifs » n’est pas encore disponible dans cette version.');
}

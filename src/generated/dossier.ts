/* Generated from schemas/dossier.schema.json by scripts/gen-types.mjs: do not edit. */

export type Departement =
  ('16' | '17' | '19' | '23' | '24' | '33' | '40' | '47' | '64' | '79' | '86' | '87') | 'À COMPLÉTER';
/**
 * Marque une réponse pas encore donnée ; `ess check` la signale.
 */
export type ACompleter = 'À COMPLÉTER';
export type Texte = string;

/**
 * Un fichier décrit une ESS : la lettre d'intention et le projet de santé (trame type de l'ARS Nouvelle-Aquitaine) en sont tirés. Un dossier en cours est accepté : les réponses manquantes et « À COMPLÉTER » sont signalées par `ess check`, pas par ce schéma.
 */
export interface Dossier {
  /**
   * Version du format de dossier. Ce programme lit la version 1.
   */
  version: 1;
  /**
   * Nom, spécialité et date du projet de santé.
   */
  ess?: {
    /**
     * Nom de l'ESS.
     */
    nom?: string;
    /**
     * Spécialité médicale de l'ESS (ESS spécialité : …). Une ESS se constitue hors médecine générale.
     */
    specialite?:
      | (
          | 'allergologie'
          | 'anatomie-cytologie-pathologiques'
          | 'anesthesie-reanimation'
          | 'biologie-medicale'
          | 'cardiologie'
          | 'chirurgie-generale'
          | 'chirurgie-maxillo-faciale'
          | 'chirurgie-orale'
          | 'chirurgie-orthopedique'
          | 'chirurgie-pediatrique'
          | 'chirurgie-plastique'
          | 'chirurgie-thoracique-cardiovasculaire'
          | 'urologie'
          | 'chirurgie-vasculaire'
          | 'chirurgie-viscerale'
          | 'dermatologie'
          | 'endocrinologie'
          | 'gastro-enterologie'
          | 'genetique-medicale'
          | 'geriatrie'
          | 'gynecologie-medicale'
          | 'gynecologie-obstetrique'
          | 'hematologie'
          | 'maladies-infectieuses'
          | 'medecine-urgence'
          | 'medecine-du-travail'
          | 'medecine-intensive-reanimation'
          | 'medecine-interne'
          | 'medecine-legale'
          | 'medecine-nucleaire'
          | 'medecine-physique'
          | 'medecine-vasculaire'
          | 'nephrologie'
          | 'neurochirurgie'
          | 'neurologie'
          | 'neuropsychiatrie'
          | 'oncologie'
          | 'ophtalmologie'
          | 'orl'
          | 'pediatrie'
          | 'pneumologie'
          | 'psychiatrie'
          | 'pedopsychiatrie'
          | 'radiologie'
          | 'recherche-medicale'
          | 'rhumatologie'
          | 'sante-publique'
          | 'stomatologie'
          | 'medecine-generale'
        )
      | 'À COMPLÉTER';
    /**
     * Date du projet de santé (« date : .. / .. / …. » en tête de la trame), au format JJ/MM/AAAA ou AAAA-MM-JJ.
     */
    date?: string;
  };
  /**
   * Départements couverts par l'ESS (a minima départemental) et nombre de médecins de la spécialité sur ce territoire.
   */
  territoire?: {
    /**
     * Codes des départements de Nouvelle-Aquitaine couverts par l'ESS, entre guillemets : "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87".
     */
    departements?: Departement[];
    /**
     * Nombre de médecins libéraux de la spécialité sur le territoire ciblé — Vue d'ensemble, data ameli (§3 Composition de l'ESS).
     */
    medecins_specialite?: number | ACompleter;
    /**
     * À remplir seulement si l'ESS demande une dérogation : moins de 10 médecins de la spécialité sur le territoire, zone la plus en tension, ou ESS de plusieurs spécialités (§3, note).
     */
    derogation?: {
      /**
       * Circonstances particulières justifiant la dérogation (tension démographique, absence de médecins en nombre suffisant…).
       */
      motif?: string;
    };
    /**
     * Pour une ESS pluri-spécialités (à titre dérogatoire) : chaque autre spécialité et son nombre de médecins sur le territoire ciblé (§3).
     */
    autres_specialites?: {
      /**
       * Autre spécialité de l'ESS.
       */
      specialite?:
        | (
            | 'allergologie'
            | 'anatomie-cytologie-pathologiques'
            | 'anesthesie-reanimation'
            | 'biologie-medicale'
            | 'cardiologie'
            | 'chirurgie-generale'
            | 'chirurgie-maxillo-faciale'
            | 'chirurgie-orale'
            | 'chirurgie-orthopedique'
            | 'chirurgie-pediatrique'
            | 'chirurgie-plastique'
            | 'chirurgie-thoracique-cardiovasculaire'
            | 'urologie'
            | 'chirurgie-vasculaire'
            | 'chirurgie-viscerale'
            | 'dermatologie'
            | 'endocrinologie'
            | 'gastro-enterologie'
            | 'genetique-medicale'
            | 'geriatrie'
            | 'gynecologie-medicale'
            | 'gynecologie-obstetrique'
            | 'hematologie'
            | 'maladies-infectieuses'
            | 'medecine-urgence'
            | 'medecine-du-travail'
            | 'medecine-intensive-reanimation'
            | 'medecine-interne'
            | 'medecine-legale'
            | 'medecine-nucleaire'
            | 'medecine-physique'
            | 'medecine-vasculaire'
            | 'nephrologie'
            | 'neurochirurgie'
            | 'neurologie'
            | 'neuropsychiatrie'
            | 'oncologie'
            | 'ophtalmologie'
            | 'orl'
            | 'pediatrie'
            | 'pneumologie'
            | 'psychiatrie'
            | 'pedopsychiatrie'
            | 'radiologie'
            | 'recherche-medicale'
            | 'rhumatologie'
            | 'sante-publique'
            | 'stomatologie'
            | 'medecine-generale'
          )
        | 'À COMPLÉTER';
      /**
       * Data ameli, vue d'ensemble.
       */
      medecins?: number | ACompleter;
    }[];
  };
  /**
   * L'ESS doit être constituée en association loi 1901 (ou en cours de création).
   */
  statut_juridique?: {
    /**
     * « constituee » : association loi 1901 déclarée ; « en_creation » : association en cours de création.
     */
    etat?: ('constituee' | 'en_creation') | ACompleter;
    /**
     * Nom de l'association loi 1901 qui porte l'ESS.
     */
    nom_association?: string;
    /**
     * Numéro SIRET de l'association : 14 chiffres, entre guillemets (obligatoire si l'association est constituée).
     */
    siret?: string;
    /**
     * Pour une association en cours de création : date du dépôt de la déclaration en préfecture, au format JJ/MM/AAAA ou AAAA-MM-JJ.
     */
    date_depot_prefecture?: string;
    representant_legal?: Representant;
    /**
     * Adresse du siège : quand le territoire couvre plusieurs départements, la CPAM de rattachement est celle du siège (cahier des charges, §VI.B.1).
     */
    siege?: {
      /**
       * Numéro et rue du siège.
       */
      adresse?: string;
      /**
       * Code postal du siège (5 chiffres, entre guillemets).
       */
      code_postal?: string;
      /**
       * Commune du siège.
       */
      commune?: string;
      /**
       * Facultatif : code du département du siège (2 caractères, entre guillemets), quand le code postal ne suffit pas (un code postal partagé par des communes de deux départements, comme 33220). Il l'emporte sur le code postal pour déterminer la CPAM de rattachement.
       */
      departement?: string;
    };
  };
  referent?: Referent;
  /**
   * Diagnostic du territoire pour la spécialité.
   */
  diagnostic?: {
    /**
     * Etat de santé de la population et besoins, en termes d'accès aux soins, pour la spécialité médicale ciblée.
     */
    etat_sante?: string;
    /**
     * Etat des lieux de l'offre de soins de spécialité médicale sur le territoire envisagé.
     */
    offre_de_soins?: string;
    /**
     * Besoins exprimés par les CPTS, en particulier les médecins traitants et le cas échéant les structures médico-sociales.
     */
    besoins_cpts?: string;
    /**
     * Fragilités observées au niveau des parcours de soins (délais de rendez-vous, accès au dépistage et aux examens de suivi, articulation entre le 1er et le 2nd recours…).
     */
    fragilites_parcours?: string;
    /**
     * Autres éléments de diagnostic (facultatif).
     */
    autres?: string;
  };
  /**
   * Liste des partenaires du projet (type de structure, coopérations envisagées, niveau de formalisation des coopérations).
   */
  partenaires?: {
    /**
     * Nom de la structure partenaire.
     */
    nom?: string;
    /**
     * msp, cds, esp (1er recours) ; cpts, dac, ess (dispositifs de coordination) ; etablissement_sante ; medico_social ; autre.
     */
    type?:
      ('msp' | 'cds' | 'esp' | 'cpts' | 'dac' | 'ess' | 'etablissement_sante' | 'medico_social' | 'autre') | ACompleter;
    /**
     * Coopérations envisagées ou déjà mises en place avec cette structure.
     */
    cooperation?: string;
    /**
     * envisagee, en_cours ou formalisee.
     */
    formalisation?: ('envisagee' | 'en_cours' | 'formalisee') | ACompleter;
    /**
     * Pour une ESS partenaire (type ess) : sa spécialité. Il ne peut y avoir plusieurs ESS d'une même spécialité sur un même territoire (cahier des charges, §VI.A).
     */
    specialite?:
      | (
          | 'allergologie'
          | 'anatomie-cytologie-pathologiques'
          | 'anesthesie-reanimation'
          | 'biologie-medicale'
          | 'cardiologie'
          | 'chirurgie-generale'
          | 'chirurgie-maxillo-faciale'
          | 'chirurgie-orale'
          | 'chirurgie-orthopedique'
          | 'chirurgie-pediatrique'
          | 'chirurgie-plastique'
          | 'chirurgie-thoracique-cardiovasculaire'
          | 'urologie'
          | 'chirurgie-vasculaire'
          | 'chirurgie-viscerale'
          | 'dermatologie'
          | 'endocrinologie'
          | 'gastro-enterologie'
          | 'genetique-medicale'
          | 'geriatrie'
          | 'gynecologie-medicale'
          | 'gynecologie-obstetrique'
          | 'hematologie'
          | 'maladies-infectieuses'
          | 'medecine-urgence'
          | 'medecine-du-travail'
          | 'medecine-intensive-reanimation'
          | 'medecine-interne'
          | 'medecine-legale'
          | 'medecine-nucleaire'
          | 'medecine-physique'
          | 'medecine-vasculaire'
          | 'nephrologie'
          | 'neurochirurgie'
          | 'neurologie'
          | 'neuropsychiatrie'
          | 'oncologie'
          | 'ophtalmologie'
          | 'orl'
          | 'pediatrie'
          | 'pneumologie'
          | 'psychiatrie'
          | 'pedopsychiatrie'
          | 'radiologie'
          | 'recherche-medicale'
          | 'rhumatologie'
          | 'sante-publique'
          | 'stomatologie'
          | 'medecine-generale'
        )
      | 'À COMPLÉTER';
  }[];
  /**
   * Articulation entre les acteurs, instances de suivi et modalités d'actualisation du projet de santé (§4).
   */
  gouvernance?: {
    /**
     * Schéma de l'articulation entre les acteurs et de la gradation de soins.
     */
    articulation?: string;
    /**
     * Quelles sont les instances envisagées pour le suivi et l'actualisation du projet de santé (bureau / conseil d'administration / AG…) ?
     */
    instances?: string;
    /**
     * Les modalités de son actualisation en fonction des évolutions territoriales, du nombre de professionnels adhérents ou des missions et actions réalisées par l'ESS (cahier des charges, §VI.B.3) : quand et comment le projet de santé est revu, et par qui.
     */
    actualisation?: string;
  };
  /**
   * Missions socles (5.1), mission optionnelle (5.2) et fonctionnement (5.3).
   */
  missions?: {
    /**
     * Organisation retenue permettant de faciliter la collaboration entre les acteurs du 1er recours, du 2nd recours et du 3ème recours.
     */
    coordination_parcours?: string;
    /**
     * Organisation permettant de donner un avis spécialisé ponctuel auprès des médecins traitants et soignants du territoire dans un délai réduit sous forme de consultation ou de téléexpertise (préciser les jours/horaires/délais d'accès).
     */
    appui_expertise?: {
      /**
       * Consultation (précisez les professionnels de santé impliqués et les bénéficiaires).
       */
      consultation?: string;
      /**
       * Téléconsultations / téléexpertise (précisez les professionnels de santé impliqués et les bénéficiaires).
       */
      teleexpertise?: string;
    };
    /**
     * Organisation permettant d'assurer des consultations dites « avancées » c'est-à-dire dans les territoires en tension (notamment les ZIP) où les médecins spécialistes n'exercent pas habituellement.
     */
    consultations_avancees?: {
      /**
       * Un lieu par ligne du tableau : commune, code postal, structure d'accueil, jour et nombre de vacations, spécificité.
       */
      lieux?: {
        /**
         * Commune du lieu de consultation.
         */
        commune?: string;
        /**
         * Code postal de la commune (5 chiffres, entre guillemets).
         */
        code_postal?: string;
        /**
         * Structure d'accueil s'il s'agit d'une MSP, d'un établissement de santé par exemple.
         */
        structure?: string;
        /**
         * Jour et nombre de vacations (en demi-journée par semaine ou par mois).
         */
        vacations?: string;
        /**
         * Spécificité de la consultation (le cas échéant).
         */
        specificite?: string;
        /**
         * Facultatif : code du département du lieu (2 caractères, entre guillemets), quand le code postal ne suffit pas (un code postal partagé par des communes de deux départements, comme 33220). Il l'emporte sur le code postal.
         */
        departement?: string;
      }[];
      /**
       * Modalités d'adressage des patients vers ces consultations avancées.
       */
      modalites_adressage?: string;
    };
    /**
     * Exercice pluriprofessionnel, accès aux examens, soins non programmés, télémédecine, autres activités.
     */
    fonctionnement?: {
      /**
       * L'organisation mise en place intègre-t-elle une organisation pluriprofessionnelle coordonnée entre les médecins spécialistes de l'ESS et les professionnels de santé de 1er recours et/ou paramédicaux (RCP, protocoles de coopération, Infirmière de Pratique Avancée …) ?
       */
      exercice_pluripro?: string;
      /**
       * Une organisation est-elle mise en place pour faciliter l'accès aux examens de diagnostic et de suivi dans le cadre de l'ESS et le cas échéant en lien avec les professionnels du 1er recours et les établissements de santé ?
       */
      acces_examens?: string;
      /**
       * Une organisation est-elle mise en place pour faciliter l'accès à des consultations de soins non programmées en lien avec les médecins traitants (partenariat CPTS) et le cas échéant avec la régulation du Service d'Accès aux Soins (SAS) du département (préciser les jours / horaires / délais d'accès / modalités d'accès) ?
       */
      soins_non_programmes?: string;
      /**
       * Une organisation est-elle mise en place pour faciliter l'accès aux soins via l'usage de la télémédecine ?
       */
      telemedecine?: string;
      /**
       * Exemples : promotion de l'éducation thérapeutique du patient, formation des professionnels, incitation à l'accueil d'internes par les médecins adhérents, télésurveillance, parcours coordonné renforcé… (facultatif).
       */
      autres_activites?: string;
    };
  };
  /**
   * L'ESS peut intégrer les outils numériques régionaux consultables sur https://www.esea-na.fr/.
   */
  outils_numeriques?: {
    /**
     * Décrire les outils numériques envisagés pour la coordination entre les adhérents de l'ESS.
     */
    entre_adherents?: string;
    /**
     * Décrire les outils numériques envisagés pour la coordination de soins et de parcours entre l'ESS et les professionnels du 1er recours, notamment les médecins traitants.
     */
    premier_recours?: string;
    /**
     * Décrire les outils numériques envisagés pour la coordination entre l'ESS et les professionnels du 3ème recours, notamment les établissements de santé.
     */
    troisieme_recours?: string;
  };
  /**
   * Les indicateurs nationaux sont fixés par le cahier des charges (le programme les connaît) ; l'ESS ajoute ses indicateurs complémentaires et au moins un indicateur qualitatif.
   */
  indicateurs?: {
    /**
     * Indicateurs spécifiques proposés par l'ESS, en complément des indicateurs nationaux (facultatif).
     */
    complementaires?: Texte[];
    /**
     * Proposer un indicateur qualitatif relatif à l'amélioration du parcours des patients (au moins un, au plus tard dans le projet de santé).
     */
    qualitatifs?: Texte[];
  };
  /**
   * Calendrier de la gouvernance et des missions, actions prévues.
   */
  deploiement?: {
    /**
     * Calendrier prévisionnel de mise en place de la gouvernance.
     */
    calendrier_gouvernance?: string;
    /**
     * Travaux envisagés et date prévisionnelle de mise en service, pour chaque mission.
     */
    missions?: {
      structuration_second_recours?: EtapeDeploiement;
      avis_specialise?: EtapeDeploiement1;
      consultations_avancees?: EtapeDeploiement2;
    };
    /**
     * Actions de communication prévues auprès des médecins généralistes et plus largement auprès des professionnels de santé du 1er recours, des établissements de santé et du 3ème recours.
     */
    communication?: string;
    /**
     * Actions prévues en vue d'augmenter le nombre de médecins adhérents de la spécialité concernée.
     */
    augmentation_adherents?: string;
    /**
     * Actions prévues en vue de développer les coopérations avec les partenaires.
     */
    cooperations?: string;
    /**
     * Autres actions prévues (facultatif).
     */
    autres_actions?: string;
  };
  /**
   * « Projet de santé de l'ESS … Etabli en date du … » : lieu et date de signature par le représentant légal.
   */
  signature?: {
    /**
     * Lieu de signature du projet de santé.
     */
    lieu?: string;
    /**
     * Date de signature du projet de santé, au format JJ/MM/AAAA ou AAAA-MM-JJ.
     */
    date?: string;
  };
  /**
   * Première étape : la lettre d'intention déposée sur Démarches Simplifiées (cahier des charges, §VI.B.1).
   */
  lettre_intention?: {
    /**
     * Date à laquelle la lettre d'intention a été (ou sera) déposée sur Démarches Simplifiées, au format JJ/MM/AAAA ou AAAA-MM-JJ. Le projet de santé est attendu dans les 6 mois qui suivent.
     */
    date_depot?: string;
    /**
     * Lieu de signature de la lettre d'intention (par défaut : la commune du siège).
     */
    lieu?: string;
  };
  /**
   * Un médecin par entrée : nom, prénom, spécialité (par défaut celle de l'ESS) et numéro RPPS.
   */
  adherents?: {
    /**
     * Nom d'exercice du médecin.
     */
    nom?: string;
    /**
     * Prénom d'exercice du médecin.
     */
    prenom?: string;
    /**
     * Spécialité du médecin (par défaut : celle de l'ESS).
     */
    specialite?:
      | (
          | 'allergologie'
          | 'anatomie-cytologie-pathologiques'
          | 'anesthesie-reanimation'
          | 'biologie-medicale'
          | 'cardiologie'
          | 'chirurgie-generale'
          | 'chirurgie-maxillo-faciale'
          | 'chirurgie-orale'
          | 'chirurgie-orthopedique'
          | 'chirurgie-pediatrique'
          | 'chirurgie-plastique'
          | 'chirurgie-thoracique-cardiovasculaire'
          | 'urologie'
          | 'chirurgie-vasculaire'
          | 'chirurgie-viscerale'
          | 'dermatologie'
          | 'endocrinologie'
          | 'gastro-enterologie'
          | 'genetique-medicale'
          | 'geriatrie'
          | 'gynecologie-medicale'
          | 'gynecologie-obstetrique'
          | 'hematologie'
          | 'maladies-infectieuses'
          | 'medecine-urgence'
          | 'medecine-du-travail'
          | 'medecine-intensive-reanimation'
          | 'medecine-interne'
          | 'medecine-legale'
          | 'medecine-nucleaire'
          | 'medecine-physique'
          | 'medecine-vasculaire'
          | 'nephrologie'
          | 'neurochirurgie'
          | 'neurologie'
          | 'neuropsychiatrie'
          | 'oncologie'
          | 'ophtalmologie'
          | 'orl'
          | 'pediatrie'
          | 'pneumologie'
          | 'psychiatrie'
          | 'pedopsychiatrie'
          | 'radiologie'
          | 'recherche-medicale'
          | 'rhumatologie'
          | 'sante-publique'
          | 'stomatologie'
          | 'medecine-generale'
        )
      | 'À COMPLÉTER';
    /**
     * Numéro RPPS du médecin : 11 chiffres, entre guillemets.
     */
    rpps?: string;
    /**
     * Date à laquelle le médecin a signé le formulaire d'adhésion (cahier des charges, §VI.A, annexe 3), par exemple 15/01/2026. Facultative : imprimée sur son formulaire ; un médecin qui adhère après le 31 décembre n'est pas compté dans le rapport d'activité de cette année-là.
     */
    adhesion?: string;
  }[];
  /**
   * Une partie par année, sous son année entre guillemets ("2027") : les indicateurs nationaux et ceux du projet, l'état des missions, les faits marquants (cahier des charges, §VI.E). Le nombre d'adhérents au 31 décembre est calculé depuis adherents.
   */
  activite?: {
    [k: string]: ActiviteAnnee;
  };
}
/**
 * Représentant légal de l'association (président ou présidente en général).
 */
export interface Representant {
  /**
   * Nom du représentant légal.
   */
  nom?: string;
  /**
   * Prénom du représentant légal.
   */
  prenom?: string;
  /**
   * Qualité du représentant légal (président·e, …).
   */
  qualite?: string;
  /**
   * Adresse électronique du représentant légal.
   */
  courriel?: string;
  /**
   * Téléphone du représentant légal (05 59 00 11 22, +33 5 59 00 11 22…).
   */
  telephone?: string;
}
/**
 * NOM/Prénom, profession, courriel et téléphone du référent de l'ESS.
 */
export interface Referent {
  /**
   * Nom du référent de l'ESS.
   */
  nom?: string;
  /**
   * Prénom du référent de l'ESS.
   */
  prenom?: string;
  /**
   * Profession du référent (médecin spécialiste, coordinatrice…).
   */
  profession?: string;
  /**
   * Adresse électronique du référent.
   */
  courriel?: string;
  /**
   * Téléphone du référent (05 59 00 11 22, +33 5 59 00 11 22…).
   */
  telephone?: string;
}
/**
 * Structuration de l'offre de 2nd recours sur le territoire permettant de faciliter la collaboration entre le 1er, le 2nd et le 3ème recours.
 */
export interface EtapeDeploiement {
  /**
   * Travaux envisagés pour mettre en place cette mission.
   */
  travaux?: string;
  /**
   * Date prévisionnelle de mise en service, au format JJ/MM/AAAA ou AAAA-MM-JJ.
   */
  date?: string;
}
/**
 * Organisation permettant de donner un avis spécialisé ponctuel à la demande de médecins traitants et soignants du territoire.
 */
export interface EtapeDeploiement1 {
  /**
   * Travaux envisagés pour mettre en place cette mission.
   */
  travaux?: string;
  /**
   * Date prévisionnelle de mise en service, au format JJ/MM/AAAA ou AAAA-MM-JJ.
   */
  date?: string;
}
/**
 * Organisation de consultations avancées notamment dans les ZIP (optionnel pour le financement).
 */
export interface EtapeDeploiement2 {
  /**
   * Travaux envisagés pour mettre en place cette mission.
   */
  travaux?: string;
  /**
   * Date prévisionnelle de mise en service, au format JJ/MM/AAAA ou AAAA-MM-JJ.
   */
  date?: string;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[0-9]{4}$".
 */
export interface ActiviteAnnee {
  /**
   * Indicateur national (composition) : médecins adhérents ayant réalisé des missions de l'ESS dans l'année (au plus le nombre d'adhérents au 31 décembre).
   */
  medecins_actifs?: number | ACompleter;
  /**
   * Les indicateurs nationaux de la trame (§7) et du cahier des charges (§VI.E), pour l'année.
   */
  indicateurs?: {
    /**
     * Indicateur national (file active) : soignants ayant adressé des patients à l'ESS dans l'année.
     */
    soignants_adressants?: number | ACompleter;
    /**
     * Indicateur national (file active) : parmi les soignants adressants, le nombre de médecins traitants.
     */
    medecins_traitants_adressants?: number | ACompleter;
    /**
     * Indicateur national (file active) : patients pris en charge via l'ESS dans l'année.
     */
    patients_pris_en_charge?: number | ACompleter;
    /**
     * Indicateur national (recours à l'expertise) : télé-expertises réalisées dans l'année.
     */
    teleexpertises?: number | ACompleter;
    /**
     * Indicateur national (recours à l'expertise) : délai de réponse, en quelques mots (« 48 heures »).
     */
    delai_reponse_teleexpertise?: string;
    /**
     * Indicateur national (accès aux consultations) : délai de prise de rendez-vous, en quelques mots (« 5 jours »).
     */
    delai_consultation_non_programmee?: string;
    /**
     * Indicateur national (accès aux consultations) : médecins de l'ESS proposant des consultations avancées.
     */
    medecins_consultations_avancees?: number | ACompleter;
    /**
     * Indicateur national (accès aux consultations) : consultations avancées réalisées dans l'année.
     */
    consultations_avancees?: number | ACompleter;
  };
  /**
   * Facultatifs : les indicateurs complémentaires régionaux de la trame (§7).
   */
  regionaux?: {
    /**
     * Indicateur complémentaire régional (facultatif) : actes de télé-expertise et de téléconsultation de l'année.
     */
    actes_teleexpertise_teleconsultation?: number | ACompleter;
    /**
     * Indicateur complémentaire régional (facultatif).
     */
    patients_teleexpertise_teleconsultation?: number | ACompleter;
  };
  /**
   * Chaque indicateur spécifique proposé dans le projet de santé (indicateurs.complementaires), avec sa valeur pour l'année.
   */
  complementaires?: {
    /**
     * Le texte de l'indicateur, tel que le projet de santé le propose.
     */
    indicateur?: string;
    /**
     * La valeur de l'indicateur pour l'année (un nombre, ou quelques mots).
     */
    valeur?: string | number;
  }[];
  /**
   * Chaque indicateur qualitatif du projet de santé (indicateurs.qualitatifs), avec son résultat pour l'année.
   */
  qualitatifs?: {
    /**
     * Le texte de l'indicateur, tel que le projet de santé le propose.
     */
    indicateur?: string;
    /**
     * Le résultat de l'indicateur pour l'année, en quelques mots.
     */
    resultat?: string;
  }[];
  /**
   * L'état, à la fin de l'année, de chaque mission du plan de déploiement (§8).
   */
  missions?: {
    structuration_second_recours?: EtatMission;
    avis_specialise?: EtatMission1;
    consultations_avancees?: EtatMission2;
  };
  /**
   * Les faits marquants de l'année : actions, partenariats, organisation.
   */
  faits_marquants?: string;
  /**
   * Les difficultés rencontrées dans l'année, et ce qui a été fait pour y répondre.
   */
  difficultes?: string;
  /**
   * Les perspectives pour l'année suivante.
   */
  perspectives?: string;
}
/**
 * Mission socle, ligne 1 du plan de déploiement : son état à la fin de l'année.
 */
export interface EtatMission {
  /**
   * deployee (en service), en_cours (mise en place commencée) ou non_commencee.
   */
  etat?: ('deployee' | 'en_cours' | 'non_commencee') | ACompleter;
  /**
   * Date à laquelle la mission a été mise en service, au format JJ/MM/AAAA ou AAAA-MM-JJ.
   */
  date?: string;
  /**
   * Ce qui a été fait dans l'année pour cette mission.
   */
  realisations?: string;
}
/**
 * Mission socle, ligne 2 du plan de déploiement : son état à la fin de l'année.
 */
export interface EtatMission1 {
  /**
   * deployee (en service), en_cours (mise en place commencée) ou non_commencee.
   */
  etat?: ('deployee' | 'en_cours' | 'non_commencee') | ACompleter;
  /**
   * Date à laquelle la mission a été mise en service, au format JJ/MM/AAAA ou AAAA-MM-JJ.
   */
  date?: string;
  /**
   * Ce qui a été fait dans l'année pour cette mission.
   */
  realisations?: string;
}
/**
 * Mission optionnelle, ligne 3 du plan de déploiement : son état à la fin de l'année, quand le projet de santé la prévoit.
 */
export interface EtatMission2 {
  /**
   * deployee (en service), en_cours (mise en place commencée) ou non_commencee.
   */
  etat?: ('deployee' | 'en_cours' | 'non_commencee') | ACompleter;
  /**
   * Date à laquelle la mission a été mise en service, au format JJ/MM/AAAA ou AAAA-MM-JJ.
   */
  date?: string;
  /**
   * Ce qui a été fait dans l'année pour cette mission.
   */
  realisations?: string;
}

/** Strings shared by every element: loading, errors, funder types. */
import type { FunderType } from '../feed/funders.js';
import type { IssueCode } from '../feed/issues.js';
import type { LoadErrorKind } from '../feed/load.js';
import { defineMessages, plural } from './i18n.js';

const fr = {
  loading: 'Chargement…',
  errorTitle: 'Données indisponibles',
  loadError: (kind: LoadErrorKind, detail: string): string =>
    ({
      network: 'Le flux de données n’a pas pu être téléchargé (réseau indisponible ou adresse bloquée).',
      http: `Le serveur a répondu par une erreur (${detail}).`,
      timeout: 'Le flux de données met trop de temps à répondre.',
      json: 'Le fichier reçu n’est pas un JSON lisible.',
      schema: 'Le fichier reçu n’est pas un flux Vitrine valide.',
      'not-found': `Aucune action « ${detail} » dans ce flux.`,
      'no-source': detail
        ? `Aucun script JSON « ${detail} » dans la page (<script type="application/json" id="…">).`
        : 'Aucune source de données : indiquez un attribut src, une propriété feed ou un script JSON dans la balise.',
      unexpected: `Erreur inattendue en lisant le flux${detail ? ` (${detail})` : ''}.`,
    })[kind],
  retry: 'Réessayer',
  skipped: (n: number, total: number): string =>
    `${n} ${plural(n, 'fiche', 'fiches')} sur ${total} ${plural(n, 'n’a', 'n’ont')} pas pu être ${plural(n, 'lue', 'lues')}.`,
  fieldsDropped: (fields: string): string => `Champs du flux ignorés car invalides : ${fields}.`,
  issue: (path: string, code: IssueCode, expected?: string): string =>
    `${path} : ` +
    {
      required: 'champ obligatoire manquant',
      type: `type inattendu${expected ? ` (attendu : ${expected})` : ''}`,
      format: 'format invalide',
      enum: `valeur inconnue${expected ? ` (valeurs possibles : ${expected})` : ''}`,
      'too-small': 'valeur vide ou trop petite',
      'too-long': `texte trop long (au plus ${expected} caractères)`,
      'too-many': `liste trop longue (au plus ${expected} éléments)`,
      'too-big': `nombre trop grand (au plus ${expected})`,
      'too-deep': `valeur imbriquée trop profondément (au plus ${expected} niveaux)`,
      'unknown-structure': 'structure inconnue dans ce flux',
      'duplicate-id': 'identifiant déjà utilisé',
      'duplicate-across-sources': `même action qu’une autre source${expected ? ` (${expected})` : ''}`,
      invalid: 'valeur invalide',
    }[code],
  funderType: {
    caf: 'CAF',
    commune: 'Commune',
    intercommunalite: 'Intercommunalité',
    departement: 'Département',
    region: 'Région',
    etat: 'État',
    europe: 'Europe',
    msa: 'MSA',
    carsat: 'Carsat',
    sante: 'Santé (ARS, CPAM)',
    bailleur: 'Bailleur social',
    fondation: 'Fondations',
    entreprise: 'Entreprises',
    usagers: 'Usagers et familles',
    autofinancement: 'Autofinancement',
    autre: 'Autres',
  } satisfies Record<FunderType, string>,
};

export const sharedMessages = defineMessages('shared', fr);

/** The shape the English table must match. */
export type MessagesShape = typeof fr;

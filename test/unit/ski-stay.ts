/** The ski stay of the seeds (fiche 001), typed by hand: the reference budget of several tests. */
import type { ActionInput } from '../../src/feed/schema.js';

export const SKI_STAY_BUDGET = {
  total: 21280,
  revenues: [
    { label: 'Autofinancement', funderType: 'autofinancement', amount: 4500 },
    { label: 'Participation des familles', funderType: 'usagers', amount: 6000 },
    { label: 'CAF', funderType: 'caf', amount: 6700 },
    { label: 'Ville', funderType: 'commune', amount: 4080 },
  ],
} satisfies ActionInput['budget'];

export const SKI_STAY: ActionInput = { id: 'ski', structureId: 's', title: 'Séjour ski', budget: SKI_STAY_BUDGET };

#!/usr/bin/env node
/**
 * A synthetic national feed, for benchmarks and for stories at scale:
 *
 *   node scripts/make-feed.mjs N [seed] [-o file]      (JSON on stdout without -o)
 *
 * Deterministic: the same N and seed give the same feed. The shape follows the real
 * fiches of demo/sample-feed.json: keywords, publics, dimensions, statuses, years,
 * territory scales, partners and initiatives are drawn from that feed's own values
 * with its frequencies (missing fields included). Structures (about one per 20
 * actions) sit in the 101 départements weighted by population, in real communes
 * (with INSEE codes, so the map can place them) when the COG table of
 * @etalab/decoupage-administratif is available. Funders follow the usual mix of a
 * centre social's budget: the CAF most often, then the commune, the département,
 * the State, the families themselves…
 *
 * The generator itself (`makeFeed`) has no Node dependency: Storybook runs it in the
 * browser to build its 10,000-action story.
 */

/** Population in thousands (INSEE, via the COG table) of the 101 départements. */
const POPULATION =
  '01:679 02:523 03:333 04:168 05:143 06:1128 07:334 08:266 09:156 10:310 11:380 12:280 13:2088 14:709 15:144 16:353 ' +
  '17:672 18:299 19:241 2A:168 2B:187 21:540 22:612 23:116 24:418 25:547 26:524 27:603 28:433 29:933 30:771 31:1471 ' +
  '32:193 33:1690 34:1230 35:1121 36:216 37:619 38:1299 39:258 40:434 41:329 42:774 43:229 44:1488 45:691 46:176 ' +
  '47:334 48:76 49:834 50:498 51:563 52:168 53:305 54:732 55:180 56:783 57:1051 58:201 59:2616 60:830 61:275 ' +
  '62:1458 63:664 64:707 65:231 66:497 67:1164 68:771 69:1915 70:233 71:550 72:567 73:448 74:861 75:2104 76:1261 ' +
  '77:1468 78:1485 79:375 80:565 81:397 82:266 83:1119 84:572 85:714 86:439 87:373 88:357 89:332 90:140 91:1338 ' +
  '92:1655 93:1704 94:1427 95:1282 971:384 972:361 973:294 974:890 976:257';
const DEPARTEMENTS = POPULATION.split(' ').map((p) => p.split(':')).map(([code, k]) => ({ code, weight: Number(k) }));

/** Funder types with their share of revenue lines, and how fiches name them. */
const FUNDERS = [
  ['caf', 28, ['CAF', 'Caf', 'Caisse d’allocations familiales']],
  ['commune', 24, ['Ville', 'Commune', 'Mairie', 'CCAS']],
  ['departement', 12, ['Conseil départemental', 'Département']],
  ['etat', 10, ['État (contrat de ville)', 'Préfecture', 'ANCT', 'FONJEP']],
  ['usagers', 9, ['Participation des familles', 'Participation des usagers']],
  ['autofinancement', 6, ['Fonds propres', 'Autofinancement']],
  ['intercommunalite', 4, ['Communauté d’agglomération', 'Communauté de communes']],
  ['region', 3, ['Région']],
  ['fondation', 3, ['Fondation de France', 'Fondation locale']],
  ['msa', 2, ['MSA']],
  ['sante', 2, ['ARS', 'CPAM']],
  ['bailleur', 2, ['Bailleur social']],
  ['europe', 2, ['FSE']],
  ['carsat', 1, ['Carsat']],
  ['entreprise', 1, ['Mécénat d’entreprise']],
  ['autre', 2, ['Autres subventions']],
];

const ACTIVITIES = [
  'Atelier cuisine', 'Accompagnement à la scolarité', 'Séjour familles', 'Café des parents', 'Jardin partagé',
  'Permanence numérique', 'Ludothèque', 'Sorties familiales', 'Atelier sociolinguistique', 'Fête de quartier',
  'Point écoute', 'Repair café', 'Chantier jeunes', 'Accueil de loisirs', 'Gym douce', 'Épicerie solidaire',
  'Théâtre forum', 'Conseil citoyen', 'Permis de conduire solidaire', 'Visites de convivialité',
];
const QUALIFIERS = [
  'du mercredi', 'intergénérationnel', 'pour les seniors', 'en pied d’immeuble', 'des habitants', 'itinérant',
  'd’été', 'parents-enfants', 'au collège', 'du samedi', 'en milieu rural', 'au cœur du quartier',
];
const PLACES = ['Les Tilleuls', 'du Port', 'La Source', 'des Trois Quartiers', 'Le Phare', 'Jean Moulin', 'La Passerelle', 'du Centre', 'Les Coquelicots', 'de la Vallée'];
const ROLES = [
  ['animatrice', 'salarie'], ['référente famille', 'salarie'], ['coordinateur', 'salarie'], ['conseillère ESF', 'salarie'],
  ['bénévoles', 'benevole'], ['volontaire en service civique', 'service-civique'], ['intervenant extérieur', 'prestataire'],
];
const EXPENSES = ['Personnel', 'Fonctionnement', 'Activités', 'Transport', 'Communication'];
const FIGURES = ['participants', 'familles', 'jeunes', 'habitants', 'personnes accompagnées'];

/** Mulberry32: a small, fast, seedable generator (same output on every engine). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * A feed of `count` actions. `sample` is the parsed demo/sample-feed.json (the real
 * fiches whose distributions are copied); `communes` optionally lists real communes
 * ({ code, nom, departement, population }) to place structures in.
 */
export function makeFeed(count, seed, sample, communes = []) {
  const { actions, ...envelope } = makeFeedParts(count, seed, sample, communes);
  const { structures, ...head } = envelope;
  return { ...head, structures, actions: [...actions] };
}

/**
 * The same feed as makeFeed, its actions drawn one at a time (an iterator): a million
 * actions are written to a file without ever being held in memory together.
 */
export function makeFeedParts(count, seed, sample, communes = []) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  /** Draws from a list of [value, weight] through its cumulative weights. */
  const weighted = (items, weightOf) => {
    const cumulative = [];
    let sum = 0;
    for (const item of items) cumulative.push((sum += weightOf(item)));
    return () => {
      const x = rnd() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    };
  };
  /** Log-normal around a median: budgets and head counts spread over orders of magnitude. */
  const logNormal = (median, spread) => median * Math.exp(spread * Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd()));
  const round = (x, step) => Math.max(step, Math.round(x / step) * step);
  const tenth = (x) => Math.round(x * 10) / 10 || 0.1;

  const real = sample.actions;
  const pooled = (field) => real.flatMap((a) => a[field] ?? []);
  const keywordPool = pooled('keywords');
  const publicPool = pooled('public');
  const partnerPool = pooled('partners');
  const drawFrom = (pool, n) => {
    const out = new Set();
    for (let tries = 0; out.size < n && tries < n * 4; tries++) out.add(pick(pool));
    return [...out];
  };

  const communesOf = new Map();
  for (const c of communes) {
    if (!communesOf.has(c.departement)) communesOf.set(c.departement, []);
    communesOf.get(c.departement).push(c);
  }
  const communePickers = new Map();
  const departement = weighted(DEPARTEMENTS, (d) => d.weight);

  const structures = [];
  for (let i = 0; i < Math.max(1, Math.round(count / 20)); i++) {
    const dep = departement().code;
    const kind = chance(0.57) ? 'centre-social' : chance(0.95) ? 'espace-de-vie-sociale' : 'association';
    const s = {
      id: `s${i + 1}-${slug(dep)}`,
      name: `${kind === 'centre-social' ? 'Centre social' : kind === 'association' ? 'Association' : 'Espace de vie sociale'} ${pick(PLACES)}`,
      kind,
      departement: dep,
    };
    const local = communesOf.get(dep);
    if (local) {
      if (!communePickers.has(dep)) communePickers.set(dep, weighted(local, (c) => (c.population ?? 0) ** 0.8 + 1));
      const c = communePickers.get(dep)();
      s.commune = { name: c.nom, insee: c.code };
    }
    structures.push(s);
  }
  // Centres differ in size: some publish many fiches, some a few.
  const structure = weighted(structures, () => 0.3 + rnd() * 1.7);
  const funder = weighted(FUNDERS, (f) => f[1]);

  function* actions() {
  for (let i = 0; i < count; i++) {
    const s = structure();
    const model = pick(real);
    const title = `${pick(ACTIVITIES)} ${pick(QUALIFIERS)}`;
    const a = { id: `${slug(title)}-${i + 1}`, structureId: s.id, title };
    const status = pick(real).status;
    if (status) a.status = { state: status.state };
    const year = pick(real).year;
    if (year) a.year = year + Math.floor(rnd() * 3) - 1;
    const dimension = pick(real).dimension;
    if (dimension) a.dimension = dimension;
    a.keywords = drawFrom(keywordPool, model.keywords?.length ?? 0);
    a.public = drawFrom(publicPool, pick(real).public?.length ?? 0);
    a.summary = `${title} : une action ${s.kind === 'centre-social' ? 'du centre social' : 'de la structure'} pour ${a.public[0]?.toLowerCase() ?? 'tous les habitants'}.`;
    a.initiative = pick(real).initiative ?? [];
    const scale = pick(real).territory?.scale;
    if (scale) a.territory = { scale, places: s.commune ? [s.commune.name] : [] };
    a.partners = drawFrom(partnerPool, Math.floor(rnd() * 4));

    if (chance(0.6)) {
      const total = round(logNormal(12000, 1.1), 10);
      const budget = {};
      if (chance(0.85)) budget.total = total;
      if (chance(0.05)) budget.approximate = true;
      const lines = chance(0.3) ? 0 : 1 + Math.floor(rnd() * 5);
      const types = new Set();
      for (let k = 0; k < lines * 3 && types.size < lines; k++) types.add(funder());
      const shares = [...types].map(() => 0.2 + rnd());
      const covered = chance(0.85) ? 1 : 0.6 + rnd() * 0.35;
      const sum = shares.reduce((x, y) => x + y, 0);
      budget.revenues = [...types].map(([type, , labels], k) => {
        const r = { label: pick(labels), funderType: type };
        if (!chance(0.08)) r.amount = round((total * covered * shares[k]) / sum, 10);
        if (chance(0.05)) r.approximate = true;
        return r;
      });
      if (budget.total === undefined && !budget.revenues.some((r) => r.amount !== undefined)) budget.total = total;
      if (chance(0.35)) {
        const parts = drawFrom(EXPENSES, 1 + Math.floor(rnd() * 3));
        const share = Math.floor(total / parts.length / 10) * 10;
        budget.expenses = parts.map((label, k) => ({ label, amount: k === parts.length - 1 ? total - share * k : share }));
      }
      a.budget = budget;
    }

    if (chance(0.65)) {
      const staffing = { people: [] };
      if (chance(0.8)) staffing.etpSalaried = tenth(0.1 + rnd() * 2.4);
      if (chance(0.45)) staffing.etpVolunteer = Math.round((0.05 + rnd() * 1.45) * 100) / 100;
      for (const [role, kind] of drawFrom(ROLES, Math.floor(rnd() * 4))) {
        const p = { role, kind };
        if (kind === 'benevole') p.count = 2 + Math.floor(rnd() * 14);
        else if (chance(0.5)) p.count = 1;
        if (kind === 'service-civique' && chance(0.5)) p.hoursPerWeek = 24;
        staffing.people.push(p);
      }
      a.staffing = staffing;
    }

    if (chance(0.45)) {
      a.beneficiaries = drawFrom(FIGURES, 1 + Math.floor(rnd() * 2)).map((label) => {
        const f = { label, count: Math.max(1, Math.round(logNormal(30, 1))) };
        if (chance(0.15)) f.approximate = true;
        return f;
      });
    }
    yield a;
  }
  }

  return {
    version: '1.0',
    title: `Flux synthétique : ${count} actions (graine ${seed})`,
    generated: '2026-01-01',
    source: { name: 'scripts/make-feed.mjs, d’après la répartition des fiches du flux d’exemple' },
    structures,
    actions: actions(),
  };
}

/** The sample feed and the COG communes, read from the repository (Node only). */
export async function loadInputs() {
  const { readFile } = await import('node:fs/promises');
  const root = new URL('../', import.meta.url);
  const sample = JSON.parse(await readFile(new URL('demo/sample-feed.json', root), 'utf8'));
  let communes = [];
  try {
    const all = JSON.parse(await readFile(new URL('node_modules/@etalab/decoupage-administratif/data/communes.json', root), 'utf8'));
    communes = all.filter((c) => c.type === 'commune-actuelle');
  } catch {
    // Without the COG table structures only give their département; the map places them there.
  }
  return { sample, communes };
}

async function main(args) {
  const o = args.indexOf('-o');
  const out = o >= 0 ? args.splice(o, 2)[1] : undefined;
  const count = Number(args[0]);
  const seed = Number(args[1] ?? 1);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: node scripts/make-feed.mjs N [seed] [-o file]');
    process.exit(2);
  }
  const { sample, communes } = await loadInputs();
  const { actions, ...envelope } = makeFeedParts(count, seed, sample, communes);
  // Streamed action by action: a million actions (750 MB) is more than one string may hold.
  const { createWriteStream } = await import('node:fs');
  const sink = out ? createWriteStream(out) : process.stdout;
  let bytes = 0;
  let pending = [];
  const write = async (text, force = false) => {
    pending.push(text);
    bytes += Buffer.byteLength(text);
    if (!force && pending.length < 2000) return;
    if (!sink.write(pending.join(''))) await new Promise((resolve) => sink.once('drain', resolve));
    pending = [];
  };
  await write(JSON.stringify(envelope).replace(/}$/, ',"actions":['));
  let first = true;
  for (const a of actions) {
    await write((first ? '' : ',') + JSON.stringify(a));
    first = false;
  }
  await write(']}', true);
  if (out) {
    await new Promise((resolve) => sink.end(resolve));
    console.error(`${count} actions written to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
  }
}

// No top-level await: Storybook bundles this module for the browser, where the CLI part never runs.
if (import.meta.filename && process.argv[1] === import.meta.filename) main(process.argv.slice(2));

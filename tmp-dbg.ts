import { readFileSync } from 'node:fs';
import { importFiles, toInput } from '/work/wt/h13/src/import/import.js';
import { readSource } from '/work/wt/h13/src/import/read.js';
import { loadCommunes } from '/work/wt/h13/src/import/communes.js';
await loadCommunes();
for (const f of process.argv.slice(2)) {
  const src = await readSource(f, new Uint8Array(readFileSync(f)));
  if (process.env.TEXT) console.log('text' in src ? src.text : src);
  const { feed, report } = importFiles([toInput(src)]);
  console.log('==', f, report.files.map((x) => x.formats));
  for (const a of feed.actions ?? []) {
    const s = feed.structures!.find((x) => x.id === a.structureId);
    console.log(JSON.stringify({ t: a.title, st: a.status?.state, d: s?.departement, sn: s?.name, pub: a.public, par: a.partners?.map((p) => `${p.name} (${p.type})`), b: a.budget && { t: a.budget.total, r: a.budget.revenues?.map((r) => `${r.funderType} ${r.amount} ${r.label ?? ''}`), e: a.budget.expenses?.map((e) => e.amount), ...(process.env.BT ? { bt: a.budget.text } : {}) }, s: a.staffing && { e: a.staffing.etpSalaried, p: a.staffing.people?.map((p) => `${p.kind}:${p.count}:${p.role}`) }, ben: a.beneficiaries?.map((b) => `${b.count} ${b.label}`) }));
  }
}

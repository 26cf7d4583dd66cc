// A feed endpoint for the loading tests, on the test server: `/__feed-lab?id=…&file=…` serves a fixture after
// `delay` ms, with `status` (the first `fail` requests of an id only, when given) and `retry-after`, encoded
// in `charset`. `/__feed-lab/log?id=…` tells what became of each request of that id: answered, aborted by the
// client before the answer, or still pending, with the time it arrived.
import { readFile } from 'node:fs/promises';

const requests = new Map();

/** windows-1252's letters above 0x7f that are not Latin-1's (the rest of Latin-1 maps to itself). */
const CP1252 = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };

function encode(text, charset) {
  if (!charset || /^utf-?8$/i.test(charset)) return Buffer.from(text, 'utf8');
  if (/^utf-16le$/i.test(charset)) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  // windows-1252, and ISO-8859-1 as browsers read it (the WHATWG Encoding standard makes it windows-1252).
  return Buffer.from([...text].map((c) => CP1252[c] ?? (c.codePointAt(0) <= 0xff ? c.codePointAt(0) : 0x3f)));
}

export async function feedLab(ctx, next) {
  if (ctx.path === '/__feed-lab/log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests.get(ctx.query.id) ?? []);
    return;
  }
  if (ctx.path !== '/__feed-lab') return next();
  const { id = '', file = 'test/fixtures/mini-feed.json', delay = '0', status, fail, charset } = ctx.query;
  const log = requests.get(id) ?? [];
  requests.set(id, log);
  const entry = { at: Date.now(), state: 'pending' };
  log.push(entry);
  // The response closes before it was written: the client aborted the request.
  const closed = new Promise((resolve) => ctx.res.once('close', () => resolve('closed')));
  const waited = await Promise.race([new Promise((r) => setTimeout(() => r('time'), Number(delay))), closed]);
  if (waited !== 'time') {
    entry.state = 'aborted';
    ctx.respond = false;
    return;
  }
  const failing = status && (fail === undefined || log.length <= Number(fail));
  if (failing) {
    ctx.status = Number(status);
    if (ctx.query['retry-after']) ctx.set('retry-after', ctx.query['retry-after']);
    ctx.body = 'busy';
  } else {
    ctx.set('content-type', `application/json${charset ? `; charset=${charset}` : ''}`);
    ctx.body = encode(await readFile(file, 'utf8'), charset);
  }
  entry.state = 'answered';
}

// Ports for the servers tests start, so that two `npm test` runs (two checkouts, or CI beside a developer) can
// share one machine: a port named in the environment is used as given, otherwise the system picks a free one.
import { createServer } from 'node:net';

/** The port in `process.env[name]`, or 0 (let `listen` choose) when unset or empty. */
export const envPort = (name) => (process.env[name] ? Number(process.env[name]) : 0);

/**
 * `count` distinct ports free right now, for servers that cannot listen on 0 and report back (Apache, MariaDB):
 * the system chooses them (all held open together, so they differ), we release them and hand them over. Another
 * process could take one in between; the system does not hand out a port it just gave at once, so in practice
 * it does not happen.
 */
export async function freePorts(count) {
  const probes = await Promise.all(
    Array.from({ length: count }, () => new Promise((ok, fail) => {
      const probe = createServer();
      probe.once('error', fail).listen(0, '127.0.0.1', () => ok(probe));
    })),
  );
  const ports = probes.map((p) => p.address().port);
  await Promise.all(probes.map((p) => new Promise((done) => p.close(done))));
  return ports;
}

/** The port a listening node:http server got (after `listen(0)`). */
export const portOf = (server) => server.address().port;

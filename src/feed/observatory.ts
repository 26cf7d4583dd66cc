/**
 * Reading a published observatory (`vitrine publish`) in the browser. The first figures
 * come from the summary alone; a filter on one value is answered from it too; any other
 * selection fetches only the shard parts that can hold its actions (by département, by
 * the summary's per-value département counts, by the search index), puts them back in
 * feed order and runs the dashboard's own filters and figures on them, so every number is
 * the one the dashboard computes over the raw feeds.
 */
import { activeFilters, applyFilters, type DashboardFilters } from './dashboard.js';
import { normalizeLabel } from './filter.js';
import { FeedLoadError, indexFeed, parseFeedObject, type LoadedFeed } from './load.js';
import { queryTerms } from './search.js';
import {
  NO_DEPARTEMENT,
  WORD_SPLIT,
  sliceFigures,
  type ObservatoryManifest,
  type ObservatorySummary,
  type SearchIndexFile,
  type ShardPart,
  type SliceFigures,
  type SliceKey,
} from './observatory-format.js';
import type { Action, Structure } from './schema.js';

/** A selection of the observatory: its figures, and its actions once shards were needed. */
export interface ObservatorySelection {
  figures: SliceFigures;
  /** The selected actions as a feed (feed order), when they were loaded. */
  loaded?: LoadedFeed;
}

export type FetchJson = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** No cookies or credentials are ever sent: an observatory is public. */
const fetchJson: FetchJson = async (url, signal) => {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch (e) {
    throw signal?.aborted ? e : new FeedLoadError('network');
  }
  if (!response.ok) throw new FeedLoadError('http', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  try {
    return await response.json();
  } catch {
    throw signal?.aborted ? new DOMException('Aborted', 'AbortError') : new FeedLoadError('json');
  }
};

/** True when a `src` names an observatory: a folder (`…/`) or its `manifest.json`. */
export function isObservatoryUrl(src: string): boolean {
  return /(\/|\/manifest\.json)([?#].*)?$/.test(src.trim());
}

/** The filter key and summary key of a one-value selection, or undefined when it needs the shards. */
function summaryKey(filters: DashboardFilters): [SliceKey, string] | undefined {
  const keys = activeFilters(filters);
  if (keys.length !== 1 || keys[0] === 'q') return undefined;
  const key = keys[0]!;
  const value = String(filters[key]);
  if (key === 'departement') return [key, value.trim().toUpperCase()];
  if (key === 'keyword' || key === 'public' || key === 'dimension') return [key, normalizeLabel(value)];
  return [key, value];
}

export class Observatory {
  private readonly parts = new Map<string, Promise<{ actions: Action[]; order: number[]; structures: Structure[] }>>();
  private search?: Promise<SearchIndexFile>;
  private readonly empty: SliceFigures;

  private constructor(
    readonly base: URL,
    readonly manifest: ObservatoryManifest,
    readonly summary: ObservatorySummary,
    private readonly fetcher: FetchJson,
  ) {
    this.empty = sliceFigures([], new Map());
  }

  /** Opens an observatory from its folder or manifest URL: two requests, the manifest and the summary. */
  static async open(src: string, signal?: AbortSignal, fetcher: FetchJson = fetchJson): Promise<Observatory> {
    const url = new URL(src.trim(), typeof document === 'undefined' ? undefined : document.baseURI);
    const manifestUrl = url.pathname.endsWith('/') ? new URL('manifest.json', url) : url;
    const manifest = (await fetcher(manifestUrl.href, signal)) as ObservatoryManifest;
    if (manifest?.format !== 'vitrine-observatory' || manifest.version !== 1) throw new FeedLoadError('schema', 'manifest');
    const summary = (await fetcher(new URL(manifest.files.summary.path, manifestUrl).href, signal)) as ObservatorySummary;
    if (summary?.version !== 1 || !summary.total) throw new FeedLoadError('schema', 'summary');
    return new Observatory(manifestUrl, manifest, summary, fetcher);
  }

  /** The figures of a selection when the summary alone holds them (no filter, or one filter that is not a search). */
  fromSummary(filters: DashboardFilters): SliceFigures | undefined {
    if (!activeFilters(filters).length) return this.summary.total;
    const k = summaryKey(filters);
    if (!k) return undefined;
    // A value no action has: an empty selection.
    return this.summary.slices[k[0]][k[1]] ?? this.empty;
  }

  /** The département shards (keys) that may hold actions of one filter value, from its slice's map. */
  private departementsOf(key: SliceKey, value: string): Set<string> {
    const slice = this.summary.slices[key][value];
    const keys = new Set((slice?.distributions.departement ?? []).map((b) => b.key));
    if (slice?.distributions.missing.departement) keys.add(NO_DEPARTEMENT);
    return keys;
  }

  private async searchParts(q: string, signal?: AbortSignal): Promise<Set<number>> {
    this.search ??= this.fetcher(new URL(this.manifest.files.search.path, this.base).href, signal) as Promise<SearchIndexFile>;
    this.search.catch(() => (this.search = undefined));
    const index = await this.search;
    let parts: Set<number> | undefined;
    for (const term of queryTerms(q)) {
      for (const run of term.split(WORD_SPLIT).filter(Boolean)) {
        const reach = new Set<number>();
        index.words.forEach((word, i) => {
          if (!word.includes(run)) return;
          const where = index.where[i]!;
          if (where === '*') for (let p = 0; p < index.parts; p++) reach.add(p);
          else for (const p of where.split(',')) reach.add(parseInt(p, 36));
        });
        parts = parts ? new Set([...parts].filter((p) => reach.has(p))) : reach;
      }
    }
    return parts ?? new Set(this.manifest.shards.map((_, i) => i));
  }

  /** The shard parts a selection needs: every filter narrows them, none widens them. */
  async partsFor(filters: DashboardFilters, signal?: AbortSignal): Promise<ShardPart[]> {
    const shards = this.manifest.shards;
    let keep = shards.map(() => true);
    const narrow = (allowed: Set<string>) => (keep = keep.map((k, i) => k && allowed.has(shards[i]!.key)));
    if (filters.departement) narrow(new Set([filters.departement.trim().toUpperCase()]));
    for (const key of ['keyword', 'public', 'dimension', 'status', 'funder', 'year'] as const) {
      const k = filters[key] === undefined || filters[key] === '' ? undefined : summaryKey({ [key]: filters[key] });
      if (k) narrow(this.departementsOf(k[0], k[1]));
    }
    if (filters.q?.trim()) {
      const found = await this.searchParts(filters.q, signal);
      keep = keep.map((k, i) => k && found.has(i));
    }
    return shards.filter((_, i) => keep[i]);
  }

  /**
   * The list's first page of a département selection (its first actions in the list's
   * default order), when the observatory publishes one: a few kilobytes to show while the
   * département's parts load. Undefined for any other selection.
   */
  async firstPage(filters: DashboardFilters, signal?: AbortSignal): Promise<{ loaded: LoadedFeed; total: number } | undefined> {
    const k = summaryKey(filters);
    const file = k?.[0] === 'departement' ? this.manifest.firstPages?.[k[1]] : undefined;
    if (!file) return undefined;
    const loaded = await this.part({ key: k![1], part: 0, path: file.path, actions: file.actions, bytes: file.bytes, sha256: file.sha256 }, signal);
    const feed = { version: this.manifest.feedVersion, structures: loaded.structures, actions: loaded.actions };
    return { loaded: indexFeed({ feed, issues: [], actionCount: loaded.actions.length }), total: this.summary.slices.departement[k![1]]?.headline.actions ?? 0 };
  }

  private part(p: ShardPart, signal?: AbortSignal) {
    let pending = this.parts.get(p.path);
    if (!pending) {
      pending = (async () => {
        const raw = (await this.fetcher(new URL(p.path, this.base).href, signal)) as { order?: unknown };
        // Published parts were validated when published; they are validated again, as any feed a page reads.
        const loaded = await parseFeedObject(raw as object);
        const order = Array.isArray(raw.order) ? (raw.order as number[]) : [];
        return { actions: loaded.feed.actions, order, structures: loaded.feed.structures };
      })();
      pending.catch(() => this.parts.delete(p.path));
      this.parts.set(p.path, pending);
    }
    return pending;
  }

  /** The actions of some parts as one feed, in the order of the collection. */
  async load(parts: readonly ShardPart[], signal?: AbortSignal): Promise<LoadedFeed> {
    const loaded = await Promise.all(parts.map((p) => this.part(p, signal)));
    const ranked: { action: Action; rank: number }[] = [];
    const structures = new Map<string, Structure>();
    for (const l of loaded) {
      l.actions.forEach((action, i) => ranked.push({ action, rank: l.order[i] ?? Number.MAX_SAFE_INTEGER }));
      for (const s of l.structures) structures.set(s.id, s);
    }
    ranked.sort((a, b) => a.rank - b.rank);
    const actions = ranked.map((r) => r.action);
    return indexFeed({ feed: { version: this.manifest.feedVersion, structures: [...structures.values()], actions }, issues: [], actionCount: actions.length });
  }

  /**
   * A selection with its actions: the parts it needs are fetched (once each), then the
   * dashboard's filters and figures run on them.
   */
  async select(filters: DashboardFilters, signal?: AbortSignal): Promise<ObservatorySelection & { loaded: LoadedFeed }> {
    const all = await this.load(await this.partsFor(filters, signal), signal);
    const actions = applyFilters(all.feed, filters);
    // A département's own parts hold only its actions: the filter keeps them all, in the same order.
    const whole = actions === all.feed.actions || actions.length === all.feed.actions.length;
    const loaded = whole ? all : indexFeed({ feed: { ...all.feed, actions: actions as Action[] }, issues: [], actionCount: actions.length });
    // The summary's figures are these (publish.test.ts checks it); they are not added up again.
    return { figures: this.fromSummary(filters) ?? sliceFigures(actions, all.structureById), loaded };
  }
}

/**
 * The structure markers of a feed, and the commune table they wait for. The table (about 34 kB gzip) is fetched
 * the first time a map with markers shows a structure that names a commune; until it is in, no marker is drawn,
 * rather than markers jumping from their département to their commune.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedFeed } from '../feed/load.js';
import type { Structure } from '../feed/schema.js';
import { loadCommunePoints, type CommunePoints } from '../geo/projection.js';
import { needsCommunePoints, placeStructures, type StructurePoint } from './points.js';

export class MarkerController implements ReactiveController {
  private communes?: CommunePoints | 'failed';
  private requested = false;
  /** The markers, kept between renders: a pointer moving over the map re-renders at every frame. */
  private placedFor?: { loaded: LoadedFeed; communes: CommunePoints | 'failed' | undefined; points: StructurePoint[] };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The markers of a feed; asks for the commune table the first time a structure names a commune. */
  points(loaded: LoadedFeed): StructurePoint[] {
    const structures = loaded.feed.structures as Structure[];
    if (this.communes === undefined && needsCommunePoints(structures)) {
      this.request();
      return [];
    }
    const cached = this.placedFor;
    if (cached && cached.loaded === loaded && cached.communes === this.communes) return cached.points;
    const communes = this.communes === 'failed' ? undefined : this.communes;
    const points = placeStructures(structures, loaded.feed.actions, communes);
    this.placedFor = { loaded, communes: this.communes, points };
    return points;
  }

  private request(): void {
    if (this.requested) return;
    this.requested = true;
    loadCommunePoints().then(
      (points) => this.set(points),
      // Without the commune table (network failure) structures stand at their département's label point.
      () => this.set('failed'),
    );
  }

  private set(communes: CommunePoints | 'failed'): void {
    this.communes = communes;
    this.host.requestUpdate();
  }
}

/**
 * Tells an element when the page is being printed: the browser's print (Ctrl+P or
 * `window.print()`) fires `beforeprint`, where the element renders what print needs
 * (every action of a list, not the first page of cards); `afterprint` restores the
 * screen view. A `print` media query change covers print emulation (Chromium's
 * `page.pdf`, devtools), which fires no event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** The page is being printed. */
  active = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (active: boolean) => {
    if (this.active === active) return;
    this.active = active;
    this.host.requestUpdate();
  };
  private readonly before = () => this.set(true);
  private readonly after = () => this.set(false);
  private readonly change = (e: MediaQueryListEvent) => this.set(e.matches);

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.query = window.matchMedia('print');
    this.query.addEventListener('change', this.change);
    this.active = this.query.matches;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.query?.removeEventListener('change', this.change);
  }
}

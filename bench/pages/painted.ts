// What the peer pages share: the shape of their data and the signal the bench waits for.
export interface Funding {
  total: number;
  funders: { label: string; amount: number; color: string }[];
}

/** Called right after a chart has drawn synchronously (animations off): the bench takes the next frame as painted. */
export function paintedWhenDrawn(): void {
  (globalThis as { __chartDrawn?: boolean }).__chartDrawn = true;
}

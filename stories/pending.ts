import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';

/**
 * A feed URL whose download never ends, so Loading stories stay in their loading
 * state (a static Storybook has no server that can hold a response open).
 */
export const PENDING_FEED = '/vitrine-story-pending.json';

/** Holds every request for PENDING_FEED forever; other requests go through. Installed once. */
export function holdPendingFeed(): void {
  const w = window as typeof window & { vitrinePending?: boolean };
  if (w.vitrinePending) return;
  w.vitrinePending = true;
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = (input, init) => (String(input).endsWith(PENDING_FEED) ? new Promise<Response>(() => {}) : fetchOriginal(input, init));
}

/** A timeout no story outlives: a Loading story never turns into the timeout's error. */
export const NEVER = 600_000;

/** A Loading story: the element it renders asks for PENDING_FEED, so the loading state is what it shows. */
export function loadingStory(render: () => TemplateResult, description: string): StoryObj {
  return {
    render: () => {
      holdPendingFeed();
      return render();
    },
    parameters: { docs: { description: { story: description } } },
  };
}

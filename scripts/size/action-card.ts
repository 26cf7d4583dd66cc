// Entry for measuring <action-card> alone: the element with everything it needs (Lit, zod/mini).
import { ActionCard } from '../../src/action-card/action-card.js';

customElements.define('action-card', ActionCard);

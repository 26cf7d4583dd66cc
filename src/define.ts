/** The side-effect entry: importing this module registers every Vitrine element. */
import { define } from './registry.js';

define();

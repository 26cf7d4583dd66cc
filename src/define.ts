/** The side-effect entry for bundlers: importing this module registers every element but the map. */
import { define } from './elements.js';

define();

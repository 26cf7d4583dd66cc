/** The side-effect entry for bundlers: importing this module registers every element (the map on demand). */
import { define } from './elements.js';

define();

/** The feed without any element: schema, validation, loading. Usable in Node and workers. */
export * from './schema.js';
export { FUNDER_TYPES, PARTNER_TYPES, PERSON_KINDS, type FunderType, type PartnerType, type PersonKind } from './funders.js';
export { validateFeed, validateFeedAsync, validateAction, formatPath, FeedEnvelopeError, type FeedIssue, type IssueCode, type ValidationResult } from './validate.js';
export { loadFeed, clearFeedCache, indexFeed, FeedLoadError, type LoadedFeed, type LoadErrorKind } from './load.js';
export { parseFeedAsync } from './parse.js';
export { parseFeed } from './parse-sync.js';
export { DEPARTEMENTS, departementName } from './departements.js';
export * from './limits.js';

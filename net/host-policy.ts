/** How fast Byline may call each host: the pacing column of the sources table, `domain/sources.ts`. */
export { type HostPolicy, hostPolicyFor } from '../domain/sources';

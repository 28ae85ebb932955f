import { sendMessage } from '../messaging/protocol';
import type { CardBackend } from './author-hover';

/** The card's backend over the extension's message protocol. */
export function createMessageBackend(): CardBackend {
  return {
    lookup: (query) => sendMessage('lookupResearcher', { query }),
    rejectMatch: async (query, profileKey) => void (await sendMessage('rejectMatch', { query, profileKey })),
    setHomepage: async (query, profileKey, url) => void (await sendMessage('setHomepage', { query, profileKey, url })),
    setFollow: async (profile, following) => (await sendMessage('setFollow', { profile, following })).following,
    grantOrigin: async (origin) => void (await sendMessage('requestOrigin', { origin })),
    openOptions: async () => void (await sendMessage('openOptions', undefined)),
  };
}

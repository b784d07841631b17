export { ApiError, isApiError, fetchJson, errorMessage } from './fetch-json';
export { makeQueryClient } from './query-client';
export { healthKeys, healthQuery, useHealth } from './health';
export { inventoryKeys, inventoryQuery, useInventory } from './inventory';
export { topicKeys, topicQuery, useTopic } from './topics';
export { subscriptionKeys, subscriptionQuery, useSubscription } from './subscriptions';

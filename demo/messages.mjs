// Realistic message bodies and attributes for the traffic generator, and the dedupe key rule
// shared by every demo subscriber.

/**
 * A republished (redriven) message carries this attribute with a stable value (the dead-letter
 * message ID), so subscribers dedupe on it instead of the new message ID. Override with IDEMPOTENCY_ATTRIBUTE.
 */
export const IDEMPOTENCY_ATTRIBUTE = process.env.IDEMPOTENCY_ATTRIBUTE || 'pubscope-idempotency-key';

export function idempotencyKey(messageId, attributes = {}) {
  return attributes[IDEMPOTENCY_ATTRIBUTE] || messageId;
}

const SKUS = ['SKU-KETTLE-01', 'SKU-MUG-12', 'SKU-TEA-GREEN', 'SKU-TEA-BLACK', 'SKU-FILTER-100', 'SKU-SCALE-02'];
const CURRENCIES = ['EUR', 'EUR', 'EUR', 'USD', 'GBP', 'CHF'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const int = (min, max) => min + Math.floor(Math.random() * (max - min + 1));
const id = (prefix) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** @returns {{ data: object, attributes: Record<string,string> }} */
export function orderCreated({ poison = false } = {}) {
  const orderId = id('ord');
  const items = Array.from({ length: int(1, 3) }, () => ({ sku: pick(SKUS), qty: int(1, 4), priceCents: int(299, 4999) }));
  let amountCents = items.reduce((sum, i) => sum + i.qty * i.priceCents, 0);
  // Poison: an upstream bug sends refunds as orders with a negative amount. Billing can never process them.
  if (poison) amountCents = -amountCents;
  return {
    data: {
      orderId,
      customerId: id('cus'),
      items,
      amountCents,
      currency: pick(CURRENCIES),
      shippingAddress: { city: pick(['Berlin', 'Lyon', 'Leeds', 'Zurich', 'Austin']), country: pick(['DE', 'FR', 'GB', 'CH', 'US']) },
      createdAt: new Date().toISOString(),
    },
    attributes: { type: 'order.created', source: 'storefront', orderId, schemaVersion: '2' },
  };
}

/** Many-to-one: the api-gateway's share of audit events. Some lack an actor (a gateway bug): audit rejects those. */
export function gatewayAuditEvent({ missingActor = false } = {}) {
  const action = pick(['login.succeeded', 'login.failed', 'api-key.created', 'password.changed']);
  const userId = id('usr');
  const attributes = { type: action, source: 'api-gateway', userId };
  if (!missingActor) attributes.actor = userId;
  return {
    data: { action, userId, ip: `203.0.113.${int(1, 254)}`, userAgent: 'Mozilla/5.0', at: new Date().toISOString() },
    attributes,
  };
}

/** Many-to-many: events other teams put on the shared bus. */
export function busEvent({ badEmail = false } = {}) {
  if (!badEmail && Math.random() < 0.5) {
    const sku = pick(SKUS);
    return {
      data: { sku, delta: int(5, 50), reason: 'restock', warehouse: pick(['BER-1', 'LYS-2']), at: new Date().toISOString() },
      attributes: { type: 'stock.changed', source: 'warehouse-scanner', sku },
    };
  }
  const customerId = id('cus');
  return {
    data: { customerId, email: badEmail ? 'no-email-given' : `${customerId}@example.com`, locale: pick(['de-DE', 'en-GB', 'fr-FR']) },
    attributes: { type: 'customer.signed_up', source: 'storefront', customerId },
  };
}

/** One-to-one: payments for the ledger; must match the AVRO schema payment-v1 (JSON encoding). */
export function payment({ unsupportedCurrency = false } = {}) {
  const paymentId = id('pay');
  const orderId = id('ord');
  return {
    data: {
      paymentId,
      orderId,
      amountCents: int(500, 20000),
      // A currency the ledger cannot book: nacked on every attempt, it reaches payments-dlq.
      currency: unsupportedCurrency ? 'XXX' : pick(CURRENCIES),
      method: pick(['card', 'sepa', 'paypal']),
      createdAt: new Date().toISOString(),
    },
    attributes: { type: 'payment.captured', source: 'payment-gateway', orderId, paymentId },
  };
}

import { describe, expect, it } from 'vitest';
import { serviceNameOf } from './service-name';

describe('serviceNameOf', () => {
  it('reads Cloud Run hosts, old and deterministic', () => {
    expect(serviceNameOf('billing-x7k2m9qa3b-uc.a.run.app')).toEqual({ name: 'billing', platform: 'Cloud Run' });
    expect(serviceNameOf('order-events-123456789012.europe-west1.run.app')).toEqual({ name: 'order-events', platform: 'Cloud Run' });
  });

  it('reads App Engine service hosts', () => {
    expect(serviceNameOf('worker-dot-my-project.uc.r.appspot.com')).toEqual({ name: 'worker', platform: 'App Engine' });
    expect(serviceNameOf('v2-dot-worker-dot-my-project.uc.r.appspot.com')).toEqual({ name: 'worker', platform: 'App Engine' });
  });

  it('says nothing about hosts that do not name a service', () => {
    expect(serviceNameOf('127.0.0.1:4100')).toBeNull();
    expect(serviceNameOf('api.example.com')).toBeNull();
    expect(serviceNameOf('evil.run.app.example.com')).toBeNull();
  });
});

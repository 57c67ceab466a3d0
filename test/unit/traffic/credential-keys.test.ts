import {
  budgetKeyOf,
  bucketKeyOf,
  credentialKeyOf,
} from '../../../src/backends/bitrix24/traffic/credential-keys.js';
import type { PortalCredential } from '../../../src/backends/bitrix24/credential.js';

const user = (accessToken: string, portalUrl = 'https://a.bitrix24.com'): PortalCredential => ({
  kind: 'oauth',
  portalUrl,
  accessToken,
});
const hook = (code: string): PortalCredential => ({
  kind: 'webhook',
  webhookUrl: `https://a.bitrix24.com/rest/1/${code}/`,
});

describe('pacing keys', () => {
  it('one leaky bucket per portal, whoever calls', () => {
    expect(bucketKeyOf(user('t1'))).toBe(bucketKeyOf(user('t2')));
    expect(bucketKeyOf(user('t1'))).toBe(bucketKeyOf(hook('c')));
    expect(bucketKeyOf(user('t1', 'https://b.bitrix24.com'))).not.toBe(bucketKeyOf(user('t1')));
  });

  it('one operating budget per method for all users of the application, one per webhook', () => {
    expect(budgetKeyOf(user('t1'), 'im.recent.list')).toBe(budgetKeyOf(user('t2'), 'IM.RECENT.LIST'));
    expect(budgetKeyOf(user('t1'), 'im.recent.list')).not.toBe(budgetKeyOf(user('t1'), 'im.dialog.get'));
    expect(budgetKeyOf(hook('c1'), 'im.recent.list')).not.toBe(budgetKeyOf(hook('c2'), 'im.recent.list'));
    expect(budgetKeyOf(hook('c1'), 'im.recent.list')).not.toBe(budgetKeyOf(user('t1'), 'im.recent.list'));
  });

  it('batch groups per credential, and no secret in any key', () => {
    expect(credentialKeyOf(user('t1'))).not.toBe(credentialKeyOf(user('t2')));
    for (const key of [credentialKeyOf(user('secret-token')), budgetKeyOf(hook('secretcode'), 'x')]) {
      expect(key).not.toContain('secret');
    }
  });
});

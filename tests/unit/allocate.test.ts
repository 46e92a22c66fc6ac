import { allocateByWeight } from '@/engine/allocate';
import { mockComposition } from '@/engine/assemble';
import { blueprint } from '../utils/blueprints';

describe('allocateByWeight', () => {
  it('gives SOA-C03 11/11/11/8/9 of 50 scored items', () => {
    expect(mockComposition(blueprint('soa-c03'), true).scored).toEqual({ monitoring: 11, reliability: 11, deployment: 11, security: 8, networking: 9 });
  });

  it('spreads the 15 unscored SOA-C03 items by weight too', () => {
    const { unscored } = mockComposition(blueprint('soa-c03'), true);
    expect(Object.values(unscored).reduce((a, b) => a + b, 0)).toBe(15);
    expect(unscored).toEqual({ monitoring: 3, reliability: 3, deployment: 3, security: 3, networking: 3 });
  });

  it('gives SOA-C03 14/14/14/11/12 when all 65 are scored', () => {
    expect(mockComposition(blueprint('soa-c03'), false).scored).toEqual({ monitoring: 14, reliability: 14, deployment: 14, security: 11, networking: 12 });
  });

  it('matches the published SAA-C03 and CLF-C02 splits of 50', () => {
    expect(mockComposition(blueprint('saa-c03'), true).scored).toEqual({ secure: 15, resilient: 13, 'high-performing': 12, 'cost-optimized': 10 });
    expect(mockComposition(blueprint('clf-c02'), true).scored).toEqual({
      'cloud-concepts': 12,
      'security-compliance': 15,
      'technology-services': 17,
      'billing-support': 6,
    });
  });

  it('fills all 65 SOA-C01 items over its seven domains', () => {
    const counts = mockComposition(blueprint('soa-c01'), false).scored;
    expect(counts).toEqual({
      'monitoring-reporting': 14,
      'high-availability': 5,
      'deployment-provisioning': 9,
      'storage-data': 8,
      'security-compliance': 12,
      networking: 9,
      'automation-optimization': 8,
    });
  });

  it('always hands out exactly the total', () => {
    for (let total = 0; total <= 80; total += 1) {
      const counts = allocateByWeight([{ id: 'a', weight: 33 }, { id: 'b', weight: 33 }, { id: 'c', weight: 34 }], total);
      expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(total);
    }
  });
});

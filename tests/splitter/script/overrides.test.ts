import { ConverterBuilder } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from '../../../src/splitter/script/convert';
import { OVERRIDES } from '../../../src/splitter/script/overrides';

/** Stock opencc-js cn → tw, without our overrides. */
const stock = ConverterBuilder(Locale)({ from: 'cn', to: 'tw' });

/**
 * Entries that repeat OpenCC's current output on purpose, because an older
 * OpenCC release (the independent one the seed test compares against) gives
 * something else.
 */
const PINS = new Set(['桥梁']);

describe('override dictionary', () => {
  it('has no duplicate keys', () => {
    const keys = OVERRIDES.map(([simplified]) => simplified);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('declares only pins that are entries', () => {
    const keys = new Set(OVERRIDES.map(([simplified]) => simplified));
    expect([...PINS].filter((pin) => !keys.has(pin))).toEqual([]);
  });

  describe.each(OVERRIDES)('%s → %s', (simplified, traditional, reason) => {
    it('has a reason', () => {
      expect(reason.trim().length).toBeGreaterThan(10);
    });

    it('maps Han text to Han text of the same length', () => {
      expect(simplified).toMatch(/^\p{Script=Han}+$/u);
      expect(traditional).toMatch(/^\p{Script=Han}+$/u);
      expect(traditional).toHaveLength(simplified.length);
    });

    it('is needed: stock OpenCC gives something else, or it is a declared pin', () => {
      if (PINS.has(simplified)) expect(stock(simplified)).toBe(traditional);
      else expect(stock(simplified)).not.toBe(traditional);
    });

    it('takes effect in toTraditional', () => {
      expect(toTraditional(simplified)).toBe(traditional);
    });

    it('converts back to its key', () => {
      expect(toSimplified(traditional)).toBe(simplified);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { originToOffer, pinnedTabId } from './page-target';

describe('which tab the panel follows', () => {
  it('reads a pinned tab id from ?tabId=N and ignores anything else', () => {
    expect(pinnedTabId('?tabId=42')).toBe(42);
    expect(pinnedTabId('?x=1&tabId=7')).toBe(7);
    expect(pinnedTabId('?tabId=2043555321')).toBe(2043555321);
    expect(pinnedTabId('?tabId=4294967296')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
    expect(pinnedTabId('?tabId=')).toBeNull();
    expect(pinnedTabId('?tabId=-1')).toBeNull();
    expect(pinnedTabId('?tabId=1e3')).toBeNull();
    expect(pinnedTabId('?tabId=99999999999')).toBeNull();
  });

  it('offers the origin of an http(s) tab URL, nothing for hidden or other URLs', () => {
    expect(originToOffer('https://epr.trust.nhs.uk/patient/1?x=2')).toBe('https://epr.trust.nhs.uk');
    expect(originToOffer('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originToOffer(undefined)).toBe('');
    expect(originToOffer('file:///tmp/a.html')).toBe('');
    expect(originToOffer('chrome://newtab/')).toBe('');
  });
});

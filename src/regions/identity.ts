/**
 * One region identity for every stage that groups figures by region (compare, tracking,
 * report): the division code when the figure has one, else the name.
 */

/**
 * The key a region is known by in the observations: its division code when it has one,
 * else its name.
 *
 * @example
 * regionKey({ region: '滕州市', region_code: '370481' }) // → 'code:370481'
 * regionKey({ region: '某县', region_code: '' }) // → 'name:某县'
 */
export function regionKey(observation: { readonly region: string; readonly region_code: string }): string {
  return observation.region_code === '' ? `name:${observation.region}` : `code:${observation.region_code}`;
}

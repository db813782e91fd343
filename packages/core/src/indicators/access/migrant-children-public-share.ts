import { defineIndicator } from '../../definition/define-indicator';
import { QUALITY_BALANCE_2017_DOCUMENT } from './_lib/access-sources';

/**
 * 随迁子女在公办学校就读(含政府购买学位)比例 — migrant children in public schools, with or without
 * the places the government buys in private schools, as a percentage of all eligible migrant
 * children, 1 decimal; ≥ 85% under the 2017 优质均衡 regime.
 *
 * The spec's option `includePurchasedPlaces` (default true) is the method (`options.method`):
 *
 * - `with_purchased_places` (default, the 2017 wording "含政府购买学位"): (`inPublicSchools` +
 *   `inPurchasedPlaces`) ÷ `total` × 100%. Give `inPurchasedPlaces: 0` where the county buys none.
 * - `public_only`: `inPublicSchools` ÷ `total` × 100%.
 *
 * The children in public schools and in purchased places are different children among the total,
 * so together they can never exceed it: that is an input error.
 *
 * @param input - `inPublicSchools`, `inPurchasedPlaces` (needed by `with_purchased_places`) and
 *   `total` (eligible migrant children in compulsory education); head counts.
 * @returns The share in %, with no value when there are no migrant children.
 * @throws {InvalidInputError} when a count is negative or fractional, the parts add up to more
 *   than `total`, or `with_purchased_places` lacks `inPurchasedPlaces`.
 *
 * @example
 * ```ts
 * const input = { inPublicSchools: 8200, inPurchasedPlaces: 600, total: 10000 };
 * computeIndicator('migrant_children_public_share', input).formattedValue; // '88.0' (passes ≥ 85)
 * computeIndicator('migrant_children_public_share', input, { method: 'public_only' }).formattedValue; // '82.0'
 * ```
 */
export const migrantChildrenPublicShare = defineIndicator({
  id: 'migrant_children_public_share',
  version: '1.0.0',
  labels: {
    'zh-CN': '随迁子女在公办学校就读(含政府购买学位)比例',
    'zh-TW': '隨遷子女在公辦學校就讀(含政府購買學位)比例',
    en: 'Share of migrant children in public schools (incl. purchased places)',
  },
  description: {
    zh: '在公办学校和政府购买学位就读的随迁子女数占符合条件的随迁子女总数的百分比',
    en: 'migrant children in public schools and in government-purchased places as a percentage of all eligible migrant children',
  },
  unit: 'percent',
  decimals: 1,
  fields: {
    inPublicSchools: {
      kind: 'count',
      labels: {
        'zh-CN': '在公办学校就读的随迁子女数',
        'zh-TW': '在公辦學校就讀的隨遷子女數',
        en: 'migrant children in public schools',
      },
    },
    inPurchasedPlaces: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '在政府购买学位就读的随迁子女数',
        'zh-TW': '在政府購買學位就讀的隨遷子女數',
        en: 'migrant children in government-purchased places',
      },
    },
    total: {
      kind: 'count',
      labels: {
        'zh-CN': '符合条件的随迁子女总数',
        'zh-TW': '符合條件的隨遷子女總數',
        en: 'eligible migrant children',
      },
    },
  },
  methods: {
    with_purchased_places: {
      labels: { 'zh-CN': '含政府购买学位', 'zh-TW': '含政府購買學位', en: 'with purchased places' },
      formula: {
        zh: '(公办学校就读 + 政府购买学位就读的随迁子女数) ÷ 随迁子女总数 × 100%',
        en: '(in public schools + in purchased places) ÷ eligible migrant children × 100%',
      },
      requires: ['inPurchasedPlaces'],
      compute: ({ inPublicSchools, inPurchasedPlaces, total }) => ({
        numerator: inPublicSchools.plus(inPurchasedPlaces),
        denominator: total,
      }),
    },
    public_only: {
      labels: { 'zh-CN': '仅公办学校', 'zh-TW': '僅公辦學校', en: 'public schools only' },
      formula: {
        zh: '公办学校就读的随迁子女数 ÷ 随迁子女总数 × 100%',
        en: 'in public schools ÷ eligible migrant children × 100%',
      },
      compute: ({ inPublicSchools, total }) => ({ numerator: inPublicSchools, denominator: total }),
    },
  },
  constraints: [{ part: ['inPublicSchools', 'inPurchasedPlaces'], whole: 'total' }],
  defaultMethod: 'with_purchased_places',
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '85',
      note: {
        zh: '优质均衡政府保障程度第 15 项:符合条件的随迁子女在公办学校和政府购买学位就读的比例不低于 85%(数值据办法的转述整理,可用 options.thresholds 覆盖)',
        en: 'government guarantee part, item 15 of the 2017 regime: eligible migrant children in public schools and purchased places at least 85% (the number comes from restatements of the document; override it through options.thresholds)',
      },
    },
  ],
  source: {
    document: QUALITY_BALANCE_2017_DOCUMENT,
    note: {
      zh: '办法的表述含政府购买学位,故默认计入(with_purchased_places);public_only 为只计公办学校的口径。"符合条件"由各地入学政策确定',
      en: 'the regime counts government-purchased places, so they are included by default (with_purchased_places); public_only counts public schools alone. Who is eligible follows local admission rules',
    },
  },
  example: {
    input: { inPublicSchools: 8200, inPurchasedPlaces: 600, total: 10000 },
    value: '88.0',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});

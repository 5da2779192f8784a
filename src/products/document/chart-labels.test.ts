// Charts of the Bedfordshire pack: the postcode-district chart labelled every other bar,
// level 2/3 classification labels were cut short ("Stalking and har…"), the axis title sat
// on the category labels, and bar values vanished in print (a white halo painted over
// them). These read the drawn SVG back.
import { describe, expect, it } from 'vitest';
import { chartLayout, wrapLabel } from './chart-layout.js';
import { renderChartSvg } from './chart-svg.js';
import type { ChartBlock } from './pack-document.js';
import { estimateTextWidth } from './text-width.js';

interface DrawnText {
  text: string;
  box: { left: number; right: number; top: number; bottom: number };
  rotated: boolean;
  halo: boolean;
}

/**
 * Every text of an SVG with its box, estimated from DejaVu Sans widths at its size; a
 * turned label (`matrix(...)`) gets the box round its slanted line.
 */
function drawnTexts(svg: string): DrawnText[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs = '', text = '']) => {
    const size = Number(/font-size:(\d+)px/.exec(attrs)?.[1] ?? 12);
    const width = estimateTextWidth(text, { fontSize: size, bold: attrs.includes('bold') });
    const turned = /matrix\(([-\d.]+),([-\d.]+),[-\d.]+,[-\d.]+,([-\d.]+),([-\d.]+)\)/.exec(attrs);
    const moved = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(attrs);
    const [a, b, x, y0] = (turned?.slice(1) ?? [1, 0, moved?.[1] ?? 0, moved?.[2] ?? 0]).map(
      Number,
    );
    const y = (y0 ?? 0) + Number(/ y="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
    const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1];
    const back = anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0;
    const ends = [-back, width - back].map((d) => [(x ?? 0) + (a ?? 1) * d, y + (b ?? 0) * d]);
    const xs = ends.map(([ex = 0]) => ex);
    const ys = ends.map(([, ey = 0]) => ey);
    return {
      text,
      box: {
        left: Math.min(...xs),
        right: Math.max(...xs),
        top: Math.min(...ys) - size / 2,
        bottom: Math.max(...ys) + size / 2,
      },
      rotated: turned !== null,
      halo: /stroke="(rgb\(255,255,255\)|#fff)/.test(attrs),
    };
  });
}

const overlaps = (a: DrawnText['box'], b: DrawnText['box']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function bars(categories: string[], spec: Partial<ChartBlock> = {}): ChartBlock {
  return {
    kind: 'chart',
    id: 'c',
    title: 'Chart',
    chart: 'bar',
    horizontal: true,
    categories,
    series: [{ name: 'Suspects (people)', values: categories.map((_, i) => 1500 - i * 37) }],
    xLabel: 'Postcode district',
    yLabel: 'Suspects (people)',
    ...spec,
  };
}

const districts = Array.from({ length: 25 }, (_, i) => `MK${40 + i}`);
const classes = [
  'Stalking and harassment',
  'Violence without injury',
  '30B Attempted burglary in a building other than a dwelling (outcome only)',
  'W1 White - English/Welsh/Scottish/Northern Irish/British',
];

describe('chart labels', () => {
  it('labels every bar of a long category list, across or down', () => {
    for (const chart of [bars(districts), bars(districts, { horizontal: false })]) {
      const texts = drawnTexts(renderChartSvg(chart)).map((t) => t.text);
      for (const d of districts) expect(texts, d).toContain(d);
    }
  });

  it('prints long labels whole, wrapped onto lines, never cut', () => {
    const texts = drawnTexts(renderChartSvg(bars(classes)));
    const printed = texts.map((t) => t.text).join(' ');
    expect(printed).not.toMatch(/…|\.\.\./);
    for (const label of classes) {
      for (const word of label.split(/[ /]/)) expect(printed, label).toContain(word);
    }
    // Nothing runs off the left edge of the chart.
    expect(Math.min(...texts.map((t) => t.box.left))).toBeGreaterThanOrEqual(0);
  });

  it('keeps axis titles level and clear of the labels', () => {
    for (const chart of [bars(classes), bars(districts, { horizontal: false })]) {
      const texts = drawnTexts(renderChartSvg(chart));
      const titles = texts.filter((t) => t.text === chart.xLabel || t.text === chart.yLabel);
      expect(titles).toHaveLength(2);
      for (const title of titles) {
        expect(title.rotated, title.text).toBe(false);
        for (const other of texts.filter((t) => !titles.includes(t)))
          expect(overlaps(title.box, other.box), `${title.text} / ${other.text}`).toBe(false);
      }
    }
  });

  it('prints every bar value, thousands grouped, with no halo to hide it', () => {
    const texts = drawnTexts(renderChartSvg(bars(['LU1', 'LU2'])));
    const values = texts.filter((t) => t.text === '1,500' || t.text === '1,463');
    expect(values.map((t) => t.text)).toContain('1,463');
    expect(texts.filter((t) => t.halo)).toEqual([]);
  });

  it('grows a horizontal chart a row per bar, up to what fits one page', () => {
    expect(chartLayout(bars(['M', 'F'])).height).toBeLessThan(150);
    expect(chartLayout(bars(districts)).height).toBeGreaterThan(500);
    const many = Array.from({ length: 40 }, (_, i) => `${classes[2] ?? ''} ${i}`);
    expect(chartLayout(bars(many)).height).toBeLessThanOrEqual(860);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces and after slashes, each line within the width', () => {
    const wrapped = wrapLabel(classes[3] ?? '', 150);
    expect(wrapped.split('\n').length).toBeGreaterThan(1);
    expect(wrapped.split('\n').join(' ').replace(/\/ /g, '/')).toBe(classes[3]);
    for (const line of wrapped.split('\n'))
      expect(estimateTextWidth(line, { fontSize: 11 })).toBeLessThanOrEqual(150);
    expect(wrapLabel('LU1', 150)).toBe('LU1');
  });
});

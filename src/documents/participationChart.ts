import type { Participation } from "../domain/yearReport";
import { xmlText } from "./reportXml";

/** Up to this many members the chart has one bar per member; beyond, it shows how many members reached each tenth of the meetings. */
export const MEMBER_BARS_MAX = 40;

/** The bars of the participation chart: a label and a value, and what the values mean. */
export interface ChartBars {
  readonly title: string;
  readonly valueTitle: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** Largest value the axis shows. */
  readonly max: number;
}

/**
 * What the Jahresbericht's chart shows: per member the share of meetings attended (in %), or, for
 * a large network, how many members attended 0–9 %, 10–19 %, … 100 % of their meetings.
 *
 * @example participationBars([{ member: "Stadt Kaarst", attended: 3, held: 4 }]).values // [75]
 */
export function participationBars(participation: readonly Participation[]): ChartBars {
  const rate = (p: Participation) => (p.held === 0 ? 0 : Math.round((100 * p.attended) / p.held));
  if (participation.length <= MEMBER_BARS_MAX) {
    return { title: "Teilnahme je Mitglied", valueTitle: "Anteil der Sitzungen in %", labels: participation.map((p) => p.member), values: participation.map(rate), max: 100 };
  }
  const counts = Array.from({ length: 11 }, () => 0);
  for (const p of participation) counts[Math.min(10, Math.floor(rate(p) / 10))] += 1;
  const labels = counts.map((_, i) => (i === 10 ? "100 %" : `${i * 10}–${i * 10 + 9} %`));
  return { title: "Mitglieder nach Teilnahme", valueTitle: "Anzahl der Mitglieder", labels, values: counts, max: Math.max(1, ...counts) };
}

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A DrawingML bar chart part (`word/charts/chartN.xml`, ECMA-376 Part 1 §21.2) with the data in
 * its caches, so Word and LibreOffice draw it without an embedded workbook. Horizontal bars, first
 * label on top, values written on the bars.
 *
 * @example chartXml(participationBars(rows)).startsWith("<?xml") // true
 */
export function chartXml(bars: ChartBars): string {
  const n = bars.labels.length;
  const strPoints = bars.labels.map((label, i) => `<c:pt idx="${i}"><c:v>${xmlText(label)}</c:v></c:pt>`).join("");
  const numPoints = bars.values.map((value, i) => `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`).join("");
  const text = (size: number, bold: boolean) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="333333"/></a:solidFill><a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="de-DE"/></a:p></c:txPr>`;
  const rich = (title: string, size: number) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="de-DE" sz="${size}" b="1"><a:latin typeface="Arial"/></a:rPr><a:t>${xmlText(title)}</a:t></a:r></a:p></c:rich></c:tx>`;
  const majorUnit = bars.max === 100 ? 25 : Math.max(1, Math.ceil(bars.max / 5));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    `<c:lang val="de-DE"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${rich(bars.title, 1200)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlText(bars.valueTitle)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2E7D32"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(900, false)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>Daten!$A$2:$A$${n + 1}</c:f><c:strCache><c:ptCount val="${n}"/>${strPoints}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Daten!$B$2:$B$${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${numPoints}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="50"/><c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900, false)}<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/><c:max val="${bars.max}"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:title>${rich(bars.valueTitle, 900)}<c:overlay val="0"/></c:title><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900, false)}<c:crossAx val="111"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="${majorUnit}"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

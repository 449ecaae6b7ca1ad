/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) a summary needs. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  milliseconds: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Where the time was spent, by function (self time): the hot spots. */
  topFunctions: ProfileLine[];
  /** Time inside each package or source folder, callees included; a sample counts once per area on its stack. */
  byArea: ProfileLine[];
}

/** `botbuilder-core`, `@azure/core-rest-pipeline`, `src/http`, `dialogs`; null for node internals and V8 pseudo-frames. */
function areaOf(url: string): string | null {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  const inApp = /\/dist\/((?:src|dialogs)(?:\/[^/]+)?)/.exec(url);
  if (!inApp) return null;
  // `src/app.js` is a file, not a folder: report it by name.
  return inApp[1]!.replace(/\.js$/, '.ts');
}

function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const path = frame.url.replace(/^file:\/\//, '');
  const where = path.includes('node_modules/') ? path.replace(/.*node_modules\//, '') : path.replace(/.*\/dist\//, '');
  const name = frame.functionName || '(anonymous)';
  return where ? `${name} ${where}:${frame.lineNumber + 1}` : name;
}

function ranked(totals: Map<string, number>, totalMicros: number, limit: number): ProfileLine[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, micros]) => ({ name, milliseconds: micros / 1000, percent: (100 * micros) / totalMicros }));
}

/**
 * Self time per function and inclusive time per package or source folder, from a `--cpu-prof` profile.
 *
 * @example
 * summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')), 25).topFunctions[0]
 * // { name: '(garbage collector)', milliseconds: 2140, percent: 15.2 }
 */
export function summarizeCpuProfile(profile: CpuProfile, limit: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const selfMicros = new Map<number, number>();
  let totalMicros = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
    totalMicros += delta;
  });

  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id)!;
    const name = frameName(node.callFrame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const area = areaOf(byId.get(at)!.callFrame.url);
      if (area && !seen.has(area)) {
        seen.add(area);
        byArea.set(area, (byArea.get(area) ?? 0) + micros);
      }
    }
  }
  return { totalMs: totalMicros / 1000, topFunctions: ranked(byFunction, totalMicros, limit), byArea: ranked(byArea, totalMicros, limit) };
}

/** The lib/describe sentences as a list: what this resource does, in plain words. */
export function PlainWords({ lines }: { lines: string[] }) {
  return (
    <ul className="space-y-1.5">
      {lines.map((line, i) => (
        <li key={i} className="flex gap-2 text-sm leading-relaxed text-slate-800">
          <span aria-hidden className="mt-2 h-1 w-1 shrink-0 rounded-full bg-slate-400" />
          <span className="break-words">{line}</span>
        </li>
      ))}
    </ul>
  );
}

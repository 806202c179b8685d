/** A two-column table of labelled facts. */
export function FactsTable({ items, caption }: { items: { label: string; value: string }[]; caption?: string }) {
  return (
    <div className="not-prose my-6 overflow-x-auto rounded-card border border-border">
      <table className="w-full border-collapse text-left text-sm">
        {caption ? <caption className="bg-surface px-4 py-2 text-left font-semibold text-fg">{caption}</caption> : null}
        <tbody>
          {items.map((item) => (
            <tr key={item.label} className="border-t border-border first:border-t-0">
              <th scope="row" className="w-2/5 bg-surface px-4 py-2.5 align-top font-medium text-muted">
                {item.label}
              </th>
              <td className="px-4 py-2.5 align-top text-fg">{item.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

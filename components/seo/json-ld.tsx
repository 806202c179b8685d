import { serializeJsonLd } from '@/lib/structured-data';

/**
 * Structured data as <script type="application/ld+json">. The JSON is escaped
 * (lib/structured-data.ts) so that no content string can close the script
 * element ("</script>").
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

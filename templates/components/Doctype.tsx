/** The document prologue cannot be written as JSX; it is a constant, never content. */
export function Doctype({ xml = false }: { xml?: boolean }): JSX.Element {
  return { html: xml ? '<?xml version="1.0" encoding="utf-8"?>\n' : "<!doctype html>" };
}

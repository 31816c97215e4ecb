import { Fragment } from "react";

/** Marker characters the search layer puts around matches (search/job-query.ts). */
const PRE = "\u0001";
const POST = "\u0002";

/**
 * Text with search matches shown as <mark>. The text is rendered as React text nodes, never as
 * HTML: job texts come from companies and must not be able to inject markup.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(PRE);
  return (
    <>
      {parts.map((part, i) => {
        const [match, rest] = i === 0 ? [null, part] : part.split(POST, 2);
        return (
          <Fragment key={i}>
            {match ? <mark className="rounded bg-amber-100 px-0.5 text-inherit">{match}</mark> : null}
            {rest ?? ""}
          </Fragment>
        );
      })}
    </>
  );
}

/** The plain text (for titles and attributes), markers removed. */
export function withoutHighlight(text: string): string {
  return text.replaceAll(PRE, "").replaceAll(POST, "");
}

/** A student's own link (portfolio, project), opened in a new tab without our page as referrer or our ranking. */
export function PortfolioLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      rel="noopener noreferrer nofollow"
      target="_blank"
      className="inline-flex min-h-11 items-center break-all text-brand-800 underline"
    >
      {url}
    </a>
  );
}

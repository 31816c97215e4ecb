/**
 * The catch-all route: every unknown URL answers 404 and the root error boundary renders the page.
 * It needs a component (never rendered) so that Remix renders that boundary instead of treating
 * this as a resource route.
 */
export function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export function action() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export default function NotFound() {
  return null;
}

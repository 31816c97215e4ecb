import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "./components/error-page";
import { FlashNotice } from "./components/flash-notice";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { appUrl, getPublicEnv } from "./env.server";
import { detectLocale } from "./i18n/detect.server";
import { getCurrentUser, homeFor } from "./utils/auth.server";
import { takeFlash } from "./utils/flash.server";
import stylesHref from "./tailwind.css?url";
import { metaTranslator } from "./utils/meta";
import { useNonce } from "./utils/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, user, { flash, clear }] = await Promise.all([
    detectLocale(request),
    getCurrentUser(request),
    takeFlash(request),
  ]);
  return data(
    {
      locale,
      origin: appUrl().origin,
      publicEnv: getPublicEnv(),
      user: user ? { email: user.email, home: homeFor(user) } : null,
      flash,
    },
    clear ? { headers: { "Set-Cookie": clear } } : undefined,
  );
}

/** Only the error page gets its title here; every page route sets its own. */
export const meta: MetaFunction<typeof loader> = (args) =>
  args.error ? [{ title: metaTranslator(args.matches)("errors.meta.title") }] : [];

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const nonce = useNonce();
  const root = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang={i18n.language} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
        >
          {t("common.skipToContent")}
        </a>
        <SiteHeader user={root?.user ?? null} />
        {root?.flash ? <FlashNotice flash={root.flash} /> : null}
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter icpFilingNumber={root?.publicEnv.ICP_FILING_NUMBER} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage status={status} />;
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { prisma } from "~/db.server";
import { useFormat } from "~/i18n/format";
import { listMail } from "~/models/mail.server";
import { requireOrganizer } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const PAGE = 50;
const querySchema = z.object({
  to: z.string().trim().max(254).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000).catch(1),
});

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("organizer.mailbox.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [mails, total] = await listMail({ to: query.to, take: PAGE, skip: (query.page - 1) * PAGE }, prisma);
  return { mails, total, to: query.to ?? "" };
}

export default function Mailbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const { mails, to } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("organizer.mailbox.title")}</h1>
      <p className="mt-2 text-slate-700">{t("organizer.mailbox.lead")}</p>
      <Form method="get" className="mt-4 flex items-end gap-2">
        <div>
          <label htmlFor="to" className="block text-sm font-medium">
            {t("organizer.mailbox.filter")}
          </label>
          <input
            id="to"
            name="to"
            type="search"
            defaultValue={to}
            maxLength={254}
            className="mt-1 min-h-11 rounded-md border border-slate-400 px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
          {t("organizer.mailbox.apply")}
        </button>
      </Form>
      {mails.length === 0 ? (
        <p className="mt-6 text-slate-700">{t("organizer.mailbox.empty")}</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-lg border border-slate-200 p-4">
              <dl className="grid grid-cols-[6rem_1fr] gap-x-3 text-sm">
                <dt className="font-medium">{t("organizer.mailbox.to")}</dt>
                <dd>{mail.to}</dd>
                <dt className="font-medium">{t("organizer.mailbox.subject")}</dt>
                <dd className="font-semibold">{mail.subject}</dd>
                <dt className="font-medium">{t("organizer.mailbox.time")}</dt>
                <dd>{format.date(mail.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</dd>
                <dt className="font-medium">{t("organizer.mailbox.status")}</dt>
                <dd>{mail.sentAt ? t("organizer.mailbox.delivered") : t("organizer.mailbox.notDelivered")}</dd>
              </dl>
              <pre className="mt-3 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">
                {mail.text}
              </pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

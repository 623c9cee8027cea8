/** The sign-up call-to-action at the end of every article; a plain form, no script. */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { stringsFor } from "../strings/index.ts";
import { siteLanguageAttributes } from "./site-language.ts";

export function SignupBox({ data, pageLang }: { data: FrameData; pageLang: Language }): JSX.Element {
  const { signup, language } = data.newsroom.site;
  const t = stringsFor(language);
  return (
    <section
      class="signup"
      data-region="signup"
      aria-labelledby="signup-heading"
      {...siteLanguageAttributes(data, pageLang)}
    >
      <h2 id="signup-heading">{signup.heading}</h2>
      <p>{signup.text}</p>
      <form action={signup.action} method="post">
        <label for="signup-email">{t.email}</label>
        <input id="signup-email" type="email" name="email" autocomplete="email" dir="ltr" required />
        <button type="submit">{signup.button}</button>
      </form>
    </section>
  );
}

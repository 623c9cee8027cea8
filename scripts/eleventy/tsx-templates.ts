/** Lets Eleventy render `.11ty.tsx` page templates through jsx-async-runtime. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { jsxToString } from "jsx-async-runtime";

export default function tsxTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: unknown, data: unknown) {
        const self = this as { defaultRenderer(data: unknown): Promise<JSX.Element> };
        // jsx-async-runtime escapes every string in text and attributes;
        // raw HTML only passes through an explicit { html } node.
        return jsxToString.call(this, await self.defaultRenderer(data));
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}

// The benchmark's baseline (issue 8): plain Eleventy rendering the same Markdown articles with one minimal layout,
// one page per article. bench/run.ts copies _includes/ beside the articles it generates, since Eleventy looks for
// layouts inside the input folder.
export default function baseline(eleventyConfig) {
  eleventyConfig.addGlobalData('layout', 'base.njk');
}

export const config = {
  dir: { includes: '_includes' },
  templateFormats: ['md'],
  // Plain Markdown, as our articles are: no Liquid pass over the bodies.
  markdownTemplateEngine: false,
};

import { defineBackground } from '#imports';

export default defineBackground(() => {
  // wired in the foundation slice
});

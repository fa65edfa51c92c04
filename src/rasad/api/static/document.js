// Highlight toggles on the article page: unchecking a kind hides its marks.
document.querySelectorAll(".toggles input[data-kind]").forEach((box) => {
  box.addEventListener("change", () => {
    document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
  });
});
// An evidence link (?hl=start-end#evidence) scrolls its marked words into view.
const evidence = document.getElementById("evidence");
if (evidence) evidence.scrollIntoView({ block: "center" });

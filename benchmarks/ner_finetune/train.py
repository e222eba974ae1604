"""Fine-tune the model's `ner` component on newslake's own gold with rehearsal (sets chosen by argument).

Training targets: gold PERSON/ORG/GPE/LOC/FAC (and any other label the gold lists) overlaid on the ORIGINAL
model's predictions, which supply every other label (DATE, MONEY, NORP, ...). Rehearsal: text labelled by the
original model, so the update keeps its other labels: `--rehearsal articles` (rounds 5, 12) = paragraphs of the
article-extraction gold bodies; `--rehearsal real` (round 13) = only the paragraphs after the lead and its
continuation of the real-news pages whose gold is trained on (realnews-N in --train-sets), plus the English items
(title + description) of the shared feeds.

Run (validation, settings chosen here): uv run --frozen python benchmarks/ner_finetune/train.py --validate
  (round 12: --train-sets train --folds independent-13,independent-14,independent-15,independent-16
   --settings 0.001,0.1,1.0 --checkpoints 4,8,12)
Run (final):  uv run --frozen python benchmarks/ner_finetune/train.py --out DIR --epochs N --train-sets train ...
Round 13: ... train.py --train-sets r13-train --rehearsal real --epochs 6 --lr 0.001 --dropout 0.1 --ratio 1.0
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

from corpora import _paragraph_groups, real_news_texts
from entities_bench import listed_spans, load_gum, load_re3d, predicted, scores
from evaluate import LAST_OPEN_REALNEWS, REPO, evaluate, load_set, set_names, set_path, with_fixes

from newslake import config
from newslake.feeds import FeedError, html_to_text, parse_feed
from newslake.language import detect_language

ARTICLES = (REPO.parent / "shared" / "data" / "article-extraction").resolve()
FEEDS = (REPO.parent / "shared" / "data" / "feeds").resolve()
VALIDATION_SETS = ("held-out-8", "held-out-9")
GOLD_WINS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # labels the gold lists exhaustively
PLACES = frozenset({"GPE", "LOC", "FAC"})
NON_MODEL = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def gold_mentions(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, label)]) per doc with ALL gold labels; same matching as entities_bench.load_devset.

    Real-news golds carry no text: it is looked up by id in corpora.real_news_texts() ('ae/' and 'aec/' keys)."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = real_news_texts() if any("text" not in d for d in docs) else {}
    out = []
    for d in docs:
        text = d.get("text") or texts[d["id"]]
        out.append((text, [(s, e, label) for s, e, label, _ in listed_spans(text, d["mentions"])]))
    return out


def gold_example(base: Language, text: str, gold: list[tuple[int, int, str]], stats: Counter[str]) -> Example:
    """Reference = gold spans + the original model's non-conflicting spans of labels the gold does not cover."""
    pred = base(text)
    ref = Doc(pred.vocab, words=[t.text for t in pred], spaces=[bool(t.whitespace_) for t in pred])
    same_place = {(e.start_char, e.end_char): e.label_ for e in pred.ents if e.label_ in PLACES}
    ents: list[Span] = []
    missing: list[Span] = []
    for start, end, label in gold:
        span = ref.char_span(start, end, label=label)
        if span is None:
            stats["gold span not on token boundaries (tokens left unknown)"] += 1
            loose = ref.char_span(start, end, alignment_mode="expand")
            if loose is not None and not any(loose.start < m.end and m.start < loose.end for m in missing + ents):
                missing.append(loose)
            continue
        if label in PLACES and same_place.get((start, end), label) != label:
            # the scorer treats GPE/LOC/FAC alike: keep the model's own place subtype where it found the place
            stats["place subtype kept from the model"] += 1
            span = Span(ref, span.start, span.end, label=same_place[(start, end)])
        ents.append(span)
    covered = {i for s in ents + missing for i in range(s.start, s.end)}
    for e in pred.ents:
        if any(i in covered for i in range(e.start, e.end)):
            continue
        if e.label_ in GOLD_WINS:
            stats[f"model {e.label_} not in gold (trained as O)"] += 1
            continue
        ents.append(Span(ref, e.start, e.end, label=e.label_))
    ref.set_ents(sorted(ents, key=lambda s: s.start), missing=missing, default="outside")
    stats["gold docs"] += 1
    return Example(base.make_doc(text), ref)


def chunk_paragraphs(paras: list[str], min_words: int = 60, max_words: int = 200, sep: str = " ") -> list[str]:
    """Consecutive paragraphs joined into groups of >= min_words (a last group >= 20); groups > max_words dropped."""
    chunks, cur = [], []
    for para in (p.strip() for p in paras):
        if not para:
            continue
        cur.append(para)
        if sum(len(p.split()) for p in cur) >= min_words:
            chunks.append(sep.join(cur))
            cur = []
    if cur and sum(len(p.split()) for p in cur) >= 20:
        chunks.append(sep.join(cur))
    return [c for c in chunks if len(c.split()) <= max_words]


def page_ids(gold_sets: list[str]) -> list[str]:
    """Article-extraction page ids (12 hex chars) of the realnews-N golds among `gold_sets` (open sets only)."""
    out = []
    for name in gold_sets:
        if name.startswith("realnews-"):
            assert int(name.rsplit("-", 1)[1]) <= LAST_OPEN_REALNEWS, name  # set_path refuses it too
            for line in set_path(name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    key = json.loads(line)["id"]
                    assert key.startswith("ae/"), key
                    out.append(key[3:])
    return out


def later_paragraph_chunks(pages: list[str]) -> dict[str, list[str]]:
    """The paragraphs after the lead and its continuation (3rd paragraph group on) of `pages`, chunked."""
    bodies = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    by_prefix = {k[:12]: v["articleBody"] for k, v in bodies.items()}
    out = {}
    for page in pages:
        later = _paragraph_groups(by_prefix[page])[2:]
        paras = [p for group in later for p in group.split("\n\n")]
        out[f"ae-later/{page}"] = chunk_paragraphs(paras, sep="\n\n")
    return out


def feed_chunks() -> dict[str, list[str]]:
    """English feed items (title, then the description stripped of HTML) of every shared feed, chunked per feed."""
    out = {}
    for path in sorted(FEEDS.rglob("*")):
        if path.suffix not in (".xml", ".rss", ".atom", ".rdf"):
            continue
        try:
            feed = parse_feed(path.read_bytes())
        except FeedError:
            continue
        items = ["\n".join(x for x in (item.title or "", html_to_text(item.summary)) if x) for item in feed.items]
        paras = [p for item in items if detect_language(item) == "en" for p in item.split("\n")]
        out[f"feed/{path.relative_to(FEEDS)}"] = chunk_paragraphs(paras, sep="\n")
    return out


def rehearsal_chunks(min_words: int = 60, max_words: int = 200) -> dict[str, list[str]]:
    """English article-extraction bodies cut into paragraph groups of 60-200 words, keyed by article id."""
    english = {
        line.split("\t")[0]
        for line in (ARTICLES / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
        if line.split("\t")[4] == "en"
    }
    bodies = json.loads((ARTICLES / "ground-truth.json").read_text(encoding="utf-8"))
    return {
        key: chunk_paragraphs(bodies[key]["articleBody"].split("\n"), min_words, max_words) for key in sorted(english)
    }


def rehearsal_pool(kind: str, gold_sets: list[str]) -> tuple[list[str], list[str]]:
    """(training pool, retention check texts). 'articles': round 5/12's split of the article bodies; 'real': later
    paragraphs of the trained real-news pages + feeds, checked on GUM and re3d texts (never trained on)."""
    if kind == "articles":
        return split_rehearsal(rehearsal_chunks())
    chunks = later_paragraph_chunks(page_ids(gold_sets)) | feed_chunks()
    pool = [c for key in sorted(chunks) for c in chunks[key]]
    return pool, [g.text for g in (*load_gum(), *load_re3d())]


def split_rehearsal(chunks: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """(training pool, retention check) by a hash of the article id: 1 article in 5 is never trained on."""
    train, check = [], []
    for key, texts in chunks.items():
        (check if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else train).extend(texts)
    return train, check


def silver_examples(base: Language, texts: list[str]) -> list[Example]:
    """Examples whose reference is the original model's own prediction (all labels)."""
    out = []
    for pred in base.pipe(texts, batch_size=64):
        ref = Doc(pred.vocab, words=[t.text for t in pred], spaces=[bool(t.whitespace_) for t in pred])
        ref.ents = [Span(ref, e.start, e.end, label=e.label_) for e in pred.ents]
        out.append(Example(base.make_doc(pred.text), ref))
    return out


def retention(base: Language, tuned: Language, texts: list[str]) -> dict[str, float]:
    """Per-label exact-span F1 of the tuned model against the original model's predictions on unseen text."""
    tp: Counter[str] = Counter()
    n_base: Counter[str] = Counter()
    n_tuned: Counter[str] = Counter()
    for a, b in zip(base.pipe(texts, batch_size=64), tuned.pipe(texts, batch_size=64)):
        sa = {(e.start, e.end, e.label_) for e in a.ents}
        sb = {(e.start, e.end, e.label_) for e in b.ents}
        for s in sa:
            n_base[s[2]] += 1
        for s in sb:
            n_tuned[s[2]] += 1
        for s in sa & sb:
            tp[s[2]] += 1
    out = {}
    for label in sorted(n_base):
        denom = n_base[label] + n_tuned[label]
        out[label] = 2 * tp[label] / denom if denom else 1.0
    out["ALL"] = 2 * sum(tp.values()) / (sum(n_base.values()) + sum(n_tuned.values()))
    return out


def train(
    gold_sets: list[str],
    epochs: int,
    learn_rate: float,
    dropout: float,
    ratio: float,
    seed: int = 0,
    checkpoints: dict[int, Path] | None = None,
    rehearsal: str = "articles",
) -> Language:
    """A NER-only copy of the model with `ner` updated on `gold_sets` + `ratio` rehearsal chunks per gold doc.

    `checkpoints` maps an epoch number to a directory where the averaged `ner` of that epoch is saved."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    base = spacy.load(config.SPACY_PACKAGE, exclude=list(NON_MODEL))
    nlp = spacy.load(config.SPACY_PACKAGE, exclude=list(NON_MODEL))
    stats: Counter[str] = Counter()
    gold = [gold_example(base, t, g, stats) for name in gold_sets for t, g in gold_mentions(set_path(name))]
    for k, v in sorted(stats.items()):
        print(f"  {k}: {v}")
    pool, _ = rehearsal_pool(rehearsal, gold_sets)
    random.shuffle(pool)
    n_silver = round(ratio * len(gold))
    silver = silver_examples(base, pool[: n_silver * epochs])  # fresh chunks each epoch while the pool lasts
    print(f"  gold docs {len(gold)}, rehearsal chunks per epoch {n_silver} (pool {len(pool)}, "
          f"{sum(len(c.split()) for c in pool)} words)", flush=True)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = learn_rate
    for epoch in range(epochs):
        batch = gold + [silver[(epoch * n_silver + i) % len(silver)] for i in range(n_silver)]
        random.shuffle(batch)
        losses: dict[str, float] = {}
        t0 = time.perf_counter()
        for part in minibatch(batch, size=8):
            nlp.update(part, drop=dropout, sgd=optimizer, losses=losses)
        print(f"  epoch {epoch + 1}: loss {losses['ner']:.1f} ({time.perf_counter() - t0:.0f} s)", flush=True)
        if checkpoints and epoch + 1 in checkpoints:
            with nlp.use_params(optimizer.averages):
                nlp.get_pipe("ner").to_disk(checkpoints[epoch + 1])
    keep_averages(nlp, optimizer.averages)
    return nlp


def keep_averages(nlp: Language, averages: dict) -> None:
    """Overwrite the `ner` weights with the optimizer's parameter averages (what spaCy itself saves)."""
    for node in nlp.get_pipe("ner").model.walk():
        for name in node.param_names:
            if (node.id, name) in averages:
                node.set_param(name, averages[(node.id, name)])


SETTINGS = (
    # (epochs, learn_rate, dropout, rehearsal chunks per gold doc)
    (5, 0.001, 0.1, 1.0),
    (10, 0.001, 0.1, 1.0),
    (5, 0.0005, 0.1, 2.0),
    (10, 0.001, 0.3, 2.0),
)
FOLDS = (("dev",), ("held-out", "held-out-2", "held-out-3"), ("held-out-4", "held-out-5", "held-out-6"),
         ("held-out-7", "held-out-8", "held-out-9"))


def validate(
    work: Path,
    train_sets: list[str],
    folds: tuple[tuple[str, ...], ...],
    settings: tuple[tuple[int, float, float, float], ...],
    checkpoints: tuple[int, ...] = (),
) -> None:
    """Per setting (and checkpoint epoch): train without each fold, score the full pipeline on it; pooled F1."""
    _, check = split_rehearsal(rehearsal_chunks())
    base_ner = spacy.load(config.SPACY_PACKAGE, exclude=list(NON_MODEL))
    gold = {fold: [g for name in fold for g in load_set(name)] for fold in folds}
    pooled = [g for fold in folds for g in gold[fold]]
    base_pipe, base_alone = with_fixes(None), spacy.load(config.SPACY_PACKAGE, enable=["ner"])
    s, a = evaluate(base_pipe, pooled), evaluate(base_alone, pooled)
    print(f"validation folds {folds} ({len(pooled)} docs), trained on the rest of {len(train_sets)} sets")
    print(f"RESULT base: typed F1 {s['ALL'][2]:.3f} (untyped {s['UNTYPED'][2]:.3f}, issue-4 {s['ISSUE4'][2]:.3f}; "
          f"NER alone {a['ALL'][2]:.3f}) per fold "
          + ", ".join(f"{evaluate(base_pipe, gold[f])['ALL'][2]:.3f}" for f in folds), flush=True)
    for epochs, lr, drop, ratio in settings:
        stops = sorted({e for e in checkpoints if e < epochs} | {epochs})
        print(f"setting epochs={epochs} lr={lr} dropout={drop} rehearsal={ratio} (scored after epochs {stops})")
        preds: dict[int, dict[str, list[list[tuple[int, int, str]]]]] = {e: {"pipe": [], "alone": []} for e in stops}
        per_fold: dict[int, list[float]] = {e: [] for e in stops}
        keeps = []
        for fold in folds:
            name = f"lr{lr}-d{drop}-r{ratio}-without-{fold[0]}"
            paths = {e: work / f"{name}-e{e}" for e in stops}
            tuned = train([s for s in train_sets if s not in fold], epochs, lr, drop, ratio, checkpoints=paths)
            texts = [g.text for g in gold[fold]]
            for e in stops:
                pipe = predicted(with_fixes(paths[e]).pipe(texts, batch_size=64))
                preds[e]["pipe"] += pipe
                tuned.get_pipe("ner").from_disk(paths[e])
                preds[e]["alone"] += predicted(tuned.pipe(texts, batch_size=64))
                per_fold[e].append(scores(gold[fold], pipe)["ALL"][2])
            keeps.append(retention(base_ner, tuned, check))  # the last checkpoint is loaded
        keep = {k: sum(x[k] for x in keeps) / len(keeps) for k in ("ALL", "DATE", "MONEY", "NORP", "CARDINAL")}
        for e in stops:
            s, a = scores(pooled, preds[e]["pipe"]), scores(pooled, preds[e]["alone"])
            print(
                f"RESULT epochs={e} lr={lr} dropout={drop} rehearsal={ratio}: typed F1 {s['ALL'][2]:.3f} "
                f"(untyped {s['UNTYPED'][2]:.3f}, issue-4 {s['ISSUE4'][2]:.3f}; NER alone {a['ALL'][2]:.3f}) "
                "per fold " + ", ".join(f"{x:.3f}" for x in per_fold[e]), flush=True
            )
        print("agreement with original on unseen rehearsal text (last epoch): "
              + ", ".join(f"{k} {v:.2f}" for k, v in keep.items()), flush=True)


def parse_settings(spec: str, epochs: int) -> tuple[tuple[int, float, float, float], ...]:
    """'lr,dropout,ratio;lr,dropout,ratio' -> SETTINGS-like tuples, all with `epochs` epochs."""
    out = []
    for part in spec.split(";"):
        lr, drop, ratio = (float(x) for x in part.split(","))
        out.append((epochs, lr, drop, ratio))
    return tuple(out)


def main() -> None:
    """Command line: --validate runs every setting; otherwise train on the training sets and save `ner`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--validate", action="store_true", help="cross-validation over the training sets")
    parser.add_argument("--validate-89", action="store_true", help="first protocol: train dev+1-7, score 8-9")
    parser.add_argument("--train-sets", default="r5-train", help="preset (train, r5-train) or set names")
    parser.add_argument("--folds", help="validation folds: sets joined by ',' , folds by ';' (default: round 5's)")
    parser.add_argument("--settings", help="'lr,dropout,ratio;...' with --epochs epochs (default: round 5's four)")
    parser.add_argument("--checkpoints", default="", help="also score after these epochs, e.g. 4,8")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner_finetune"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--lr", type=float, default=0.001)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--ratio", type=float, default=1.0)
    parser.add_argument("--rehearsal", choices=("articles", "real"), default="articles",
                        help="articles: round 5/12's; real: round 13's (later paragraphs of trained pages + feeds)")
    args = parser.parse_args()
    train_sets = set_names(args.train_sets)
    if args.validate or args.validate_89:
        folds = FOLDS if args.validate else (VALIDATION_SETS,)
        if args.folds:
            folds = tuple(tuple(set_names(f)) for f in args.folds.split(";"))
        settings = parse_settings(args.settings, args.epochs) if args.settings else SETTINGS
        marks = tuple(int(x) for x in args.checkpoints.split(",") if x)
        validate(args.work, train_sets, folds, settings, marks)
        return
    out = args.out or args.work / "final"
    marks = {int(x): out.with_name(f"{out.name}-e{x}") for x in args.checkpoints.split(",") if x}
    tuned = train(train_sets, args.epochs, args.lr, args.dropout, args.ratio, checkpoints=marks,
                  rehearsal=args.rehearsal)
    tuned.get_pipe("ner").to_disk(out)
    _, check = rehearsal_pool(args.rehearsal, train_sets)
    keep = retention(spacy.load(config.SPACY_PACKAGE, exclude=list(NON_MODEL)), tuned, check)
    print("agreement with original on unseen rehearsal text: " + ", ".join(f"{k} {v:.3f}" for k, v in keep.items()))
    print(f"saved {out}")


if __name__ == "__main__":
    main()

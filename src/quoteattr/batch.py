"""Many texts at once: ``attribute_many`` streams texts through ``nlp.pipe`` in batches.

Within one process, the chunks that need parsing from every text go through a single
``nlp.pipe`` stream, and each text's quotes are yielded as soon as its last chunk is parsed. With
``n_process`` > 1, batches of texts go to worker processes that each run the whole job, parse and
attribution; at most a few batches are in flight, so the input is read lazily and memory stays flat.
Results always come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar, overload

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.api import check_flag, check_text, read_quotes
from quoteattr.parse.chunks import Prepared, parsed_stream, prepare
from quoteattr.parse.loading import ModelArg, load_model
from quoteattr.types import Quote

Context = TypeVar("Context")
_IN_FLIGHT_PER_PROCESS = 2  # batches queued per worker: enough to keep it busy, few enough to stay lazy


@attrs.define
class _Job:
    """One text on its way through the pipeline: its plan, its context and its parsed chunks."""

    prepared: Prepared
    context: Any
    is_tuple: bool
    docs: list[Doc] = attrs.Factory(list)

    @property
    def missing(self) -> int:
        return self.prepared.parsed_chunks - len(self.docs)

    def result(self, nlp: Language) -> Any:
        quotes = read_quotes(self.prepared, self.prepared.assemble(nlp, self.docs)) if self.prepared.chunks else []
        return (quotes, self.context) if self.is_tuple else quotes


@overload
def attribute_many(
    texts: Iterable[str], *, nlp: ModelArg = ..., batch_size: int = ..., n_process: int = ..., selective: bool = ...
) -> Iterator[list[Quote]]: ...
@overload
def attribute_many(
    texts: Iterable[tuple[str, Context]],
    *,
    nlp: ModelArg = ...,
    batch_size: int = ...,
    n_process: int = ...,
    selective: bool = ...,
) -> Iterator[tuple[list[Quote], Context]]: ...
def attribute_many(
    texts: Iterable[Any], *, nlp: ModelArg = None, batch_size: int = 64, n_process: int = 1, selective: bool = True
) -> Iterator[Any]:
    """The quotes of each text, as :func:`quoteattr.attribute` gives them, in input order.

    ``texts`` is any iterable of strings, or of ``(text, context)`` tuples; with tuples, each
    result is ``(quotes, context)``, so article ids and metadata ride along. ``batch_size`` is how
    many texts (or chunks) are parsed together; ``n_process`` how many processes share the work
    (-1: one per CPU).
    """
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process == 0 or n_process < -1:
        raise ValueError(f"n_process must be a positive int or -1 (one per CPU), not {n_process!r}")
    check_flag(selective, "selective")
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of texts, not a single str; use attribute() for one text")
    language = load_model(nlp)
    processes = os.cpu_count() or 1 if n_process == -1 else n_process
    items = _items(iter(texts))
    if processes == 1:
        return _stream(language, items, batch_size, selective)
    return _parallel(language, items, batch_size, processes, selective)


def _items(texts: Iterator[Any]) -> Iterator[tuple[str, Any, bool]]:
    """(text, context, came as a tuple) for each input, all of one shape, checked as they come."""
    as_tuples: bool | None = None
    for n, item in enumerate(texts):
        is_tuple = isinstance(item, tuple)
        if as_tuples is None:
            as_tuples = is_tuple
        if is_tuple != as_tuples:
            raise TypeError(f"texts[{n}]: mixes plain texts and (text, context) tuples")
        if is_tuple and len(item) != 2:
            raise TypeError(f"texts[{n}]: a tuple must be (text, context), not {len(item)} items")
        text, context = item if is_tuple else (item, None)
        yield check_text(text, f"texts[{n}]"), context, is_tuple


def _stream(nlp: Language, items: Iterator[tuple[str, Any, bool]], batch_size: int, selective: bool) -> Iterator[Any]:
    """Every text's chunks through one nlp.pipe stream; each text finished once its chunks are in."""
    pending: deque[_Job] = deque()  # texts read, in input order, not yet yielded
    filling = 0  # how many of them have all their chunks parsed: those before the one being filled

    def parser_inputs() -> Iterator[str | Doc]:
        for text, context, is_tuple in items:
            job = _Job(prepare(text, nlp.max_length, selective), context, is_tuple)
            pending.append(job)
            yield from job.prepared.parser_inputs(nlp)

    parsed = parsed_stream(nlp, parser_inputs(), batch_size)
    while True:
        while pending and pending[0].missing == 0:
            yield pending.popleft().result(nlp)
            filling = max(0, filling - 1)
        doc = next(parsed, None)  # reading on may queue more texts, finished or not
        if doc is None:
            if not pending:
                return
            continue  # the texts left need no parsing: the loop above finishes them
        while pending[filling].missing == 0:
            filling += 1
        pending[filling].docs.append(doc)


# --- several processes ---------------------------------------------------------------------------

_worker_nlp: Language | None = None


def _start_worker(nlp: Language | None) -> None:
    global _worker_nlp
    _worker_nlp = nlp if nlp is not None else _worker_nlp


def _work(texts: list[str], batch_size: int, selective: bool) -> list[list[Quote]]:
    assert _worker_nlp is not None
    return list(_stream(_worker_nlp, ((t, None, False) for t in texts), batch_size, selective))


def _parallel(
    nlp: Language, items: Iterator[tuple[str, Any, bool]], batch_size: int, processes: int, selective: bool
) -> Iterator[Any]:
    """Batches of texts to worker processes, a bounded number at a time, results in input order."""
    global _worker_nlp
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    forked = context.get_start_method() == "fork"
    _worker_nlp = nlp  # a forked worker inherits the loaded model instead of loading its own
    in_flight: deque[tuple[Future[list[list[Quote]]], list[tuple[Any, bool]]]] = deque()
    with ProcessPoolExecutor(
        processes, context, initializer=_start_worker, initargs=(None if forked else nlp,)
    ) as pool:
        for batch in _batches(items, batch_size):
            texts = [text for text, _, _ in batch]
            in_flight.append((pool.submit(_work, texts, batch_size, selective), [(c, t) for _, c, t in batch]))
            while len(in_flight) >= processes * _IN_FLIGHT_PER_PROCESS:
                yield from _results(*in_flight.popleft())
        while in_flight:
            yield from _results(*in_flight.popleft())


def _batches(items: Iterator[tuple[str, Any, bool]], size: int) -> Iterator[list[tuple[str, Any, bool]]]:
    batch: list[tuple[str, Any, bool]] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(future: Future[list[list[Quote]]], contexts: list[tuple[Any, bool]]) -> Iterator[Any]:
    for quotes, (context, is_tuple) in zip(future.result(), contexts, strict=True):
        yield (quotes, context) if is_tuple else quotes

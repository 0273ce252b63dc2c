"""The torch half of the neural NER tagger: network, CRF loss, batches, training loop.

Needs only torch and numpy (no marsad import), so a sweep can run it on any machine from
pre-encoded sentences. An encoded sentence is a dict of lists: "words", "stems" (ids),
"chars" (one id list per token), "flags" (on-flag indexes per token), "tags" (label ids) and
"news" (True for ANERcorp and run-time text, False for the Wikipedia corpora).
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable

import numpy as np
import torch
from torch import nn

LOG = logging.getLogger("training.ner_torch")
PAD, UNK = 0, 1

DEFAULTS: dict[str, object] = {
    "epochs": 30,
    "batch": 32,
    "lr": 2e-3,
    "hidden": 128,
    "char_dim": 32,
    "filters": 64,
    "char_width": 3,
    "dropout": 0.5,
    "word_drop": 0.05,
    "tune_words": True,
    "extra_share": 1.0,  # extra-corpus sentences per ANERcorp sentence, each epoch
    "word_lr": 1.0,  # learning rate of the word table, × lr (pretrained vectors move less)
    "clip": 5.0,
    "seed": 1,
    "limit": 0,  # train on the first N ANERcorp sentences only (smoke tests)
}


class Net(nn.Module):
    """char-CNN + word and stem vectors + flags → BiLSTM → label scores; CRF on top."""

    def __init__(
        self, vectors: np.ndarray, n_chars: int, n_flags: int, n_labels: int, cfg: dict
    ) -> None:
        super().__init__()
        self.word = nn.Embedding.from_pretrained(
            torch.from_numpy(vectors), freeze=not cfg["tune_words"], padding_idx=PAD
        )
        self.char = nn.Embedding(n_chars, cfg["char_dim"], padding_idx=PAD)
        width = cfg["char_width"]
        self.conv = nn.Conv1d(cfg["char_dim"], cfg["filters"], width, padding=width // 2)
        inputs = 2 * vectors.shape[1] + cfg["filters"] + n_flags + 1  # + the "news" bit
        self.drop = nn.Dropout(cfg["dropout"])
        self.lstm = nn.LSTM(inputs, cfg["hidden"], batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * cfg["hidden"], n_labels)
        self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))

    def emissions(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        chars = batch["chars"]  # (B, T, C)
        b, t, c = chars.shape
        flat = chars.view(b * t, c)
        conv = self.conv(self.char(flat).transpose(1, 2))  # (BT, filters, C)
        conv = conv.masked_fill((flat == PAD)[:, None, :], -1e4)
        char_feats = conv.max(dim=2).values.view(b, t, -1)
        x = torch.cat(
            [self.word(batch["words"]), self.word(batch["stems"]), char_feats, batch["flags"]],
            dim=2,
        )
        packed = nn.utils.rnn.pack_padded_sequence(
            self.drop(x), batch["lengths"].cpu(), batch_first=True, enforce_sorted=False
        )
        hidden, _ = self.lstm(packed)
        hidden, _ = nn.utils.rnn.pad_packed_sequence(hidden, batch_first=True, total_length=t)
        return self.out(self.drop(hidden))

    def nll(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """Summed negative log-likelihood of the gold label paths (linear-chain CRF)."""
        em = self.emissions(batch)
        tags, mask, lengths = batch["tags"], batch["mask"], batch["lengths"]
        rows = torch.arange(em.shape[0], device=em.device)
        gold = self.start[tags[:, 0]] + self.end[tags[rows, lengths - 1]]
        gold = gold + (em.gather(2, tags[:, :, None])[:, :, 0] * mask).sum(1)
        gold = gold + (self.trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]).sum(1)
        return (log_partition(em, self.trans, self.start, self.end, mask) - gold).sum()


def log_partition(
    em: torch.Tensor,
    trans: torch.Tensor,
    start: torch.Tensor,
    end: torch.Tensor,
    mask: torch.Tensor,
) -> torch.Tensor:
    """log Z of each sentence: the chain's step matrices (trans + scores of the next word; the
    log-semiring identity after a sentence's end) multiplied pairwise in a tree, log2(T)
    rounds of batched products instead of T sequential steps."""
    b, t, n = em.shape
    eye = torch.full((n, n), -1e4, device=em.device, dtype=em.dtype)
    eye.fill_diagonal_(0.0)
    steps = trans[None, None] + em[:, 1:, None, :]  # (B, T-1, from, to)
    steps = torch.where(mask[:, 1:, None, None] > 0, steps, eye)
    while steps.shape[1] > 1:
        if steps.shape[1] % 2:
            steps = torch.cat([steps, eye.expand(b, 1, n, n)], dim=1)
        left, right = steps[:, 0::2], steps[:, 1::2]
        steps = torch.logsumexp(left[..., :, :, None] + right[..., None, :, :], dim=-2)
    alpha = start + em[:, 0]
    if t > 1:
        alpha = torch.logsumexp(alpha[:, :, None] + steps[:, 0], dim=1)
    return torch.logsumexp(alpha + end, dim=1)


def collate(
    items: list[dict], n_flags: int, device: str, word_drop: float, rng: random.Random
) -> dict[str, torch.Tensor]:
    b, t = len(items), max(len(x["words"]) for x in items)
    c = max(len(ch) for x in items for ch in x["chars"])
    words = np.zeros((b, t), dtype=np.int64)
    stems = np.zeros((b, t), dtype=np.int64)
    chars = np.zeros((b, t, c), dtype=np.int64)
    flags = np.zeros((b, t, n_flags + 1), dtype=np.float32)
    tags = np.zeros((b, t), dtype=np.int64)
    mask = np.zeros((b, t), dtype=np.float32)
    for i, x in enumerate(items):
        n = len(x["words"])
        words[i, :n] = x["words"]
        stems[i, :n] = x["stems"]
        for j, (ch, on) in enumerate(zip(x["chars"], x["flags"], strict=True)):
            chars[i, j, : len(ch)] = ch
            flags[i, j, on] = 1.0
        flags[i, :n, n_flags] = float(x["news"])
        tags[i, :n] = x["tags"]
        mask[i, :n] = 1.0
    if word_drop:  # unknown words are seen in training too
        noise = np.random.default_rng(rng.getrandbits(32)).random((2, b, t))
        words[(noise[0] < word_drop) & (mask > 0)] = UNK
        stems[(noise[1] < word_drop) & (mask > 0)] = UNK
    batch = {
        "words": words,
        "stems": stems,
        "chars": chars,
        "flags": flags,
        "tags": tags,
        "mask": mask,
        "lengths": np.array([len(x["words"]) for x in items]),
    }
    return {k: torch.from_numpy(v).to(device) for k, v in batch.items()}


def batches(items: list[dict], size: int, rng: random.Random) -> list[list[dict]]:
    """Shuffled batches of similar lengths (sorted inside windows of 50 batches)."""
    items = list(items)
    rng.shuffle(items)
    window = size * 50
    items = [
        x
        for k in range(0, len(items), window)
        for x in sorted(items[k : k + window], key=lambda x: len(x["words"]))
    ]
    out = [items[k : k + size] for k in range(0, len(items), size)]
    rng.shuffle(out)
    return out


def train(
    train_set: list[dict],
    extra_set: list[dict],
    vectors: np.ndarray,
    n_chars: int,
    n_flags: int,
    n_labels: int,
    cfg: dict,
    device: str = "cpu",
    report: Callable[[Net, int], str] | None = None,
) -> Net:
    """Adam with a linearly decaying rate; each epoch sees every ANERcorp sentence and a
    fresh sample of extra_share × as many extra-corpus sentences."""
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    net = Net(vectors, n_chars, n_flags, n_labels, cfg).to(device)
    rest = [p for n, p in net.named_parameters() if p.requires_grad and n != "word.weight"]
    groups = [{"params": rest, "lr": cfg["lr"]}]
    if net.word.weight.requires_grad:
        groups.append({"params": [net.word.weight], "lr": cfg["lr"] * cfg["word_lr"]})
    opt = torch.optim.Adam(groups, lr=cfg["lr"])
    n_extra = min(len(extra_set), int(cfg["extra_share"] * len(train_set)))
    total = math.ceil((len(train_set) + n_extra) / cfg["batch"]) * cfg["epochs"]
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.05, 1 - s / total))
    for epoch in range(cfg["epochs"]):
        net.train()
        items = train_set + (rng.sample(extra_set, n_extra) if n_extra else [])
        loss_sum, chunks = 0.0, batches(items, cfg["batch"], rng)
        for chunk in chunks:
            batch = collate(chunk, n_flags, device, cfg["word_drop"], rng)
            loss = net.nll(batch) / len(chunk)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), cfg["clip"])
            opt.step()
            sched.step()
            loss_sum += loss.item()
        msg = f"epoch {epoch + 1}: loss {loss_sum / len(chunks):.3f}"
        if report is not None:
            msg += report(net, epoch + 1)
        LOG.info(msg)
    return net


def save_state(net: Net, path: str) -> None:
    """The state dict with the word table in float16 (the exported model keeps it so; half
    the size, so a file trained on another machine travels back)."""
    state = {k: v.detach().cpu() for k, v in net.state_dict().items()}
    state["word.weight"] = state["word.weight"].half()
    torch.save(state, path)


def load_state(net: Net, path: str) -> None:
    state = torch.load(path, map_location="cpu")
    net.load_state_dict({k: v.float() for k, v in state.items()})


def weights(net: Net) -> dict[str, np.ndarray]:
    """The arrays marsad.extract.ner.neural runs, the "news" bit folded into the biases."""
    sd = {k: v.detach().float().cpu().numpy() for k, v in net.state_dict().items()}
    w_ih, w_hh, bias = [], [], []
    for suffix in ("", "_reverse"):
        wi = sd[f"lstm.weight_ih_l0{suffix}"]  # (4H, inputs + 1): the last column is "news"
        w_ih.append(wi[:, :-1].T)
        bias.append(sd[f"lstm.bias_ih_l0{suffix}"] + sd[f"lstm.bias_hh_l0{suffix}"] + wi[:, -1])
        w_hh.append(sd[f"lstm.weight_hh_l0{suffix}"].T)
    conv = sd["conv.weight"]  # (filters, dc, width) → (width · dc, filters)
    return {
        "word_vectors": sd["word.weight"],
        "char_vectors": sd["char.weight"],
        "conv_w": conv.transpose(2, 1, 0).reshape(-1, conv.shape[0]),
        "conv_b": sd["conv.bias"],
        "w_ih": np.stack(w_ih),
        "w_hh": np.stack(w_hh),
        "b": np.stack(bias),
        "out_w": sd["out.weight"].T,
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }


def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best path of one sentence's (n, labels) scores (for sweeps without marsad)."""
    best = em[0] + start
    back = []
    for t in range(1, len(em)):
        cand = best[:, None] + trans
        back.append(cand.argmax(0))
        best = cand.max(0) + em[t]
    path = [int((best + end).argmax())]
    for ptr in reversed(back):
        path.append(int(ptr[path[-1]]))
    return path[::-1]


def predict(net: Net, items: list[dict], n_flags: int, device: str) -> list[list[int]]:
    net.eval()
    out: list[list[int]] = []
    trans, start, end = (p.detach().cpu().numpy() for p in (net.trans, net.start, net.end))
    with torch.no_grad():
        for k in range(0, len(items), 64):
            chunk = items[k : k + 64]
            em = net.emissions(collate(chunk, n_flags, device, 0.0, random.Random(0))).cpu()
            for i, x in enumerate(chunk):
                out.append(viterbi(em[i, : len(x["words"])].numpy(), trans, start, end))
    return out

import json

from click.testing import CliRunner

from rasd.cli import main
from rasd.corpus.dedup import find_clusters, shingles
from rasd.io.readers import Record

A = ("أعلنت وزارة الخارجية التركية أن الوزير مولود جاويش أوغلو سيزور العاصمة الليبية طرابلس الأسبوع المقبل "
     "لبحث تطورات الأزمة مع رئيس المجلس الرئاسي فايز السراج، في ظل تصاعد المواجهات جنوب العاصمة بين "
     "القوات الموالية لحكومة الوفاق وقوات خليفة حفتر التي تحاول السيطرة على المدينة منذ أشهر.")


def test_shingles_ignore_diacritics_and_tatweel():
    assert shingles("اتفاقٌ بين تركيــا وليبيا على ترسيم الحدود") == shingles("اتفاق بين تركيا وليبيا على ترسيم الحدود")


def test_reworded_copy_clusters_and_unrelated_article_does_not():
    copy = A.replace("الأسبوع المقبل", "الأسبوع القادم")
    other = "قال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحل السياسي في ليبيا وترفض التدخل الأجنبي في شؤونها الداخلية بكل أشكاله."
    clusters = find_clusters([Record(A, "a"), Record(other, "b"), Record(copy, "c")], threshold=0.6)
    assert [c.members for c in clusters] == [[0, 2]]
    assert 0.6 <= clusters[0].similarity < 1.0


def test_dedup_cli_prints_clusters_of_ids(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(json.dumps({"id": i, "text": A}, ensure_ascii=False) for i in ("x", "y")), encoding="utf-8")
    r = CliRunner().invoke(main, ["dedup", str(f), "--format", "jsonl"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[0])["ids"] == ["x", "y"]

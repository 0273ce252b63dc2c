"""Tagged news sentences shared by the NER training tests (IOB2, written for the tests)."""

NEWS = [
    ("وقال الرئيس الأميركي جو بايدن إن روسيا تهدد أوكرانيا", "O O O B-PER I-PER O B-LOC O B-LOC"),
    ("وأعلنت وزارة الدفاع الروسية أن قواتها دخلت كورسك", "O B-ORG I-ORG I-ORG O O O B-LOC"),
    (
        "والتقى مارك روته الأمين العام لحلف شمال الأطلسي في بروكسل",
        "O B-PER I-PER O O B-ORG I-ORG I-ORG O B-LOC",
    ),
    ("وذكرت وكالة رويترز أن البنك الدولي خفض توقعاته", "O B-ORG I-ORG O B-ORG I-ORG O O"),
    ("وفاز ريال مدريد على برشلونة في الدوري الإسباني", "O B-ORG I-ORG O B-ORG O B-MISC I-MISC"),
    ("وصرح وزير الخارجية الفرنسي جان نويل بارو للصحافيين", "O O O O B-PER I-PER I-PER O"),
]

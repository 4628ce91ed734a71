Console.WriteLine($"{Edge.Knowledge.KnowledgeInfo.Name} {Edge.Speech.SpeechInfo.Name}");
